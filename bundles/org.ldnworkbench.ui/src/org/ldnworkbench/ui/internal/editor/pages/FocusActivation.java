package org.ldnworkbench.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.IHandler;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.events.FocusListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Activates a control's command handlers (and optionally a key binding context) while it has the focus: the pages
 * are controls inside one editor, so the editor site's services, which follow the active part, cannot tell which
 * page's table the Delete key is for. Activations go through the part site's services and so end with the part too.
 */
final class FocusActivation implements FocusListener {
    private final IWorkbenchPartSite site;
    private final String contextId;
    private final Map<String, IHandler> handlers;
    private final List<IHandlerActivation> active = new ArrayList<>();
    private IContextActivation context;

    /**
     * @param control the control whose focus decides
     * @param site the editor's site
     * @param contextId the context to activate, or null
     * @param handlers command id to its handler while the control has the focus
     */
    static FocusActivation attach(Control control, IWorkbenchPartSite site, String contextId,
            Map<String, IHandler> handlers) {
        FocusActivation f = new FocusActivation(site, contextId, handlers);
        control.addFocusListener(f);
        control.addDisposeListener(e -> f.deactivate());
        return f;
    }

    private FocusActivation(IWorkbenchPartSite site, String contextId, Map<String, IHandler> handlers) {
        this.site = site;
        this.contextId = contextId;
        this.handlers = handlers;
    }

    @Override
    public void focusGained(FocusEvent e) {
        deactivate();
        IHandlerService hs = site.getService(IHandlerService.class);
        handlers.forEach((id, h) -> active.add(hs.activateHandler(id, h)));
        if (contextId != null) {
            context = site.getService(IContextService.class).activateContext(contextId);
        }
    }

    @Override
    public void focusLost(FocusEvent e) {
        deactivate();
    }

    private void deactivate() {
        if (!active.isEmpty()) {
            site.getService(IHandlerService.class).deactivateHandlers(active);
            active.clear();
        }
        if (context != null) {
            site.getService(IContextService.class).deactivateContext(context);
            context = null;
        }
    }
}
