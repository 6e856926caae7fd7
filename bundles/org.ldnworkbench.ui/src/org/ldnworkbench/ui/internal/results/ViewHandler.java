package org.ldnworkbench.ui.internal.results;

import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

/**
 * The handler of one Results view command, activated on the view's site (so active while the view is, and for its
 * own tool bar and menus); a toggle shows its state as the check mark of its tool item and menu entries.
 */
final class ViewHandler extends AbstractHandler implements IElementUpdater {
    private final Runnable action;
    private final BooleanSupplier checked;
    private final BooleanSupplier enabled;

    /**
     * @param action what the command does
     * @param checked the toggle's state, or null for a plain command
     * @param enabled whether the command can run now
     */
    ViewHandler(Runnable action, BooleanSupplier checked, BooleanSupplier enabled) {
        this.action = action;
        this.checked = checked;
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
        fireHandlerChanged(new org.eclipse.core.commands.HandlerEvent(this, true, false));
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        if (checked != null) {
            element.setChecked(checked.getAsBoolean());
        }
    }
}
