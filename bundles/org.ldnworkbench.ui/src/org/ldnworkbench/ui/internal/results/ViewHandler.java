package org.ldnworkbench.ui.internal.results;

import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;

/**
 * The handler of one Results view command, activated on the view's site (so active while the view is, and for its
 * own tool bar and menus). The toggles' check marks follow their commands' toggle state, which the view sets.
 */
final class ViewHandler extends AbstractHandler {
    private final Runnable action;
    private final BooleanSupplier enabled;

    /**
     * @param action what the command does
     * @param enabled whether the command can run now
     */
    ViewHandler(Runnable action, BooleanSupplier enabled) {
        this.action = action;
        this.enabled = enabled;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        action.run();
        return null;
    }

    @Override
    public boolean isEnabled() {
        return enabled.getAsBoolean();
    }

    /** Tells the command framework to ask {@link #isEnabled()} again. */
    void enablementChanged() {
        fireHandlerChanged(new HandlerEvent(this, true, false));
    }
}
