package org.ldnworkbench.ui.internal.editor.pages;

import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/**
 * A command handler of a page: runs one of the page's own methods, enabled while the page says so (a selection to
 * act on). Activated by {@link FocusActivation}.
 */
final class PageHandler extends AbstractHandler {
    private final Runnable action;
    private final BooleanSupplier enabled;

    PageHandler(Runnable action, BooleanSupplier enabled) {
        this.action = action;
        this.enabled = enabled;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (enabled.getAsBoolean()) {
            action.run();
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        return enabled.getAsBoolean();
    }
}
