package org.ldnworkbench.ui.internal.welcome;

import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.window.WindowIds;
import org.ldnworkbench.ui.internal.wizards.PipelineTemplate;
import org.ldnworkbench.ui.internal.wizards.PipelineTemplates;

/**
 * The welcome page (Help &gt; Welcome; shown on the first start of a workspace): what LDN Workbench is, how to
 * start, and the shipped examples, each a link that copies the examples into the "LDN Examples" project and opens
 * the chosen one in the pipeline editor.
 */
public final class WelcomeEditor extends EditorPart {
    private static final String EXAMPLE = "example:";
    private static final String ACTION = "action:";
    private FormToolkit toolkit;
    private ScrolledForm form;
    private List<PipelineTemplate> examples;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(Messages.welcomeTab);
        examples = PipelineTemplates.bundled();
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(Messages.welcomeTitle);
        toolkit.decorateFormHeading(form.getForm());
        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = 2;
        layout.makeColumnsEqualWidth = true;
        layout.horizontalSpacing = 24;
        layout.leftMargin = 16;
        layout.rightMargin = 16;
        form.getBody().setLayout(layout);

        FormText about = toolkit.createFormText(form.getBody(), true);
        about.setText(Messages.welcomeAbout, true, false);
        TableWrapData aboutData = new TableWrapData(TableWrapData.FILL_GRAB);
        aboutData.colspan = 2;
        about.setLayoutData(aboutData);

        section(Messages.welcomeStartTitle, startText());
        section(Messages.welcomeExamplesTitle, examplesText());
    }

    private void section(String title, String formText) {
        Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR);
        section.setText(title);
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        FormText text = toolkit.createFormText(section, true);
        text.setText(formText, true, false);
        text.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                follow(String.valueOf(e.getHref()));
            }
        });
        section.setClient(text);
    }

    private static String startText() {
        return "<form>"
                + item(ACTION + "compare", Messages.welcomeCompare, Messages.welcomeCompareHint)
                + item(ACTION + "pipeline", Messages.welcomeNewPipeline, Messages.welcomeNewPipelineHint)
                + item(ACTION + "project", Messages.welcomeNewProject, Messages.welcomeNewProjectHint)
                + item(ACTION + "palette", Messages.welcomePalette, Messages.welcomePaletteHint)
                + "</form>";
    }

    private String examplesText() {
        StringBuilder t = new StringBuilder("<form><p>").append(escape(NLS.bind(Messages.welcomeExamplesIntro,
                ExampleProject.NAME))).append("</p>");
        for (PipelineTemplate example : examples) {
            t.append(item(EXAMPLE + example.fileName(), example.name(), example.description()));
        }
        if (examples.isEmpty()) {
            t.append("<p>").append(escape(Messages.welcomeNoExamples)).append("</p>");
        }
        return t.append("</form>").toString();
    }

    private static String item(String href, String link, String hint) {
        return "<li style=\"text\" value=\"\u2022\" bindent=\"4\" indent=\"16\"><a href=\"" + escape(href) + "\">"
                + escape(link) + "</a><br/>" + escape(hint) + "</li>";
    }

    /** @return {@code s} safe inside FormText markup */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void follow(String href) {
        if (href.startsWith(EXAMPLE)) {
            String fileName = href.substring(EXAMPLE.length());
            examples.stream().filter(t -> t.fileName().equals(fileName)).findFirst()
                    .ifPresent(chosen -> ExampleProject.open(getSite().getWorkbenchWindow(), examples, chosen));
        } else if (href.equals(ACTION + "compare")) {
            CompareExample.start(getSite().getWorkbenchWindow(), examples);
        } else if (href.equals(ACTION + "pipeline")) {
            newWizard(WindowIds.NEW_PIPELINE_WIZARD);
        } else if (href.equals(ACTION + "project")) {
            newWizard(WindowIds.NEW_PROJECT_WIZARD);
        } else if (href.equals(ACTION + "palette")) {
            showPalette();
        }
    }

    private void newWizard(String wizardId) {
        ICommandService commands = getSite().getService(ICommandService.class);
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        try {
            handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(
                    commands.getCommand(WindowIds.NEW_WIZARD_COMMAND),
                    Map.of(WindowIds.NEW_WIZARD_PARAMETER, wizardId)), null);
        } catch (CommandException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.welcomeTab,
                    NLS.bind(Messages.welcomeWizardFailed, wizardId), Status.error(e.getMessage(), e));
        }
    }

    private void showPalette() {
        try {
            getSite().getPage().showView(UiIds.PALETTE_VIEW);
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.welcomeTab,
                    NLS.bind(Messages.welcomeViewFailed, UiIds.PALETTE_VIEW), e.getStatus());
        }
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // the welcome page holds nothing to save: isDirty() is always false
    }

    @Override
    public void doSaveAs() {
        // isSaveAsAllowed() is false
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
