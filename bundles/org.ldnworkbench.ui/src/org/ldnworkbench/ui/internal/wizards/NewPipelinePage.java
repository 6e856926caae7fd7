package org.ldnworkbench.ui.internal.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.ldnworkbench.ui.internal.preferences.WorkbenchPreferences;

/**
 * The New Pipeline wizard's page: the folder, the file name and the template. Every change is checked at once and
 * the first problem shown in the page's message area, so Finish is enabled only for a file that can be created.
 */
final class NewPipelinePage extends WizardPage {
    private final IContainer initialContainer;
    private final List<PipelineTemplate> templates = new ArrayList<>();
    private Text containerField;
    private Text nameField;
    private TableViewer templateList;
    private Label templateDescription;

    NewPipelinePage(IContainer initialContainer, List<PipelineTemplate> bundled) {
        super("newPipeline");
        this.initialContainer = initialContainer;
        templates.add(PipelineTemplate.empty(WorkbenchPreferences.newPipelineSettings()));
        templates.addAll(bundled);
        setTitle(Messages.pipelinePageTitle);
        setDescription(Messages.pipelinePageDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));

        new Label(page, SWT.NONE).setText(Messages.pipelineFolderLabel);
        containerField = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(containerField);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.pipelineBrowse);
        browse.addListener(SWT.Selection, e -> browseContainer());

        new Label(page, SWT.NONE).setText(Messages.pipelineFileLabel);
        nameField = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(nameField);

        Label templateLabel = new Label(page, SWT.NONE);
        templateLabel.setText(Messages.pipelineTemplateLabel);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(templateLabel);
        templateList = new TableViewer(page, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        templateList.setContentProvider(ArrayContentProvider.getInstance());
        templateList.setLabelProvider(LabelProvider.createTextProvider(t -> ((PipelineTemplate) t).name()));
        templateList.setInput(templates);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 110)
                .applyTo(templateList.getControl());
        templateDescription = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, SWT.DEFAULT)
                .applyTo(templateDescription);

        containerField.setText(initialContainer == null ? "" : initialContainer.getFullPath().makeRelative().toString());
        nameField.setText(PipelineFileNames.firstFree("pipeline", n -> existsIgnoringCase(container(), n)));
        templateList.setSelection(new org.eclipse.jface.viewers.StructuredSelection(templates.get(0)));
        showTemplateDescription();

        containerField.addModifyListener(e -> validate());
        nameField.addModifyListener(e -> validate());
        templateList.addSelectionChangedListener(e -> {
            showTemplateDescription();
            validate();
        });
        templateList.addDoubleClickListener(e -> {
            if (isPageComplete() && getWizard().performFinish()) {
                getShell().close();
            }
        });
        setControl(page);
        validate();
        (containerField.getText().isEmpty() ? containerField : nameField).setFocus();
        nameField.selectAll();
    }

    private void browseContainer() {
        ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), container(), false,
                Messages.pipelineBrowseMessage);
        if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length == 1) {
            containerField.setText(((IPath) dialog.getResult()[0]).makeRelative().toString());
        }
    }

    private void showTemplateDescription() {
        PipelineTemplate t = template();
        templateDescription.setText(t == null ? "" : t.description());
        templateDescription.getParent().layout(true, true);
    }

    private void validate() {
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** @return the first reason the file cannot be created, or null */
    private String problem() {
        String folder = containerField.getText().strip();
        if (folder.isEmpty()) {
            return Messages.folderEmpty;
        }
        IContainer container = container();
        if (container == null) {
            return NLS.bind(Messages.folderMissing, folder);
        }
        if (!container.isAccessible()) {
            return NLS.bind(Messages.folderClosed, folder);
        }
        String fileName = fileName();
        String nameProblem = PipelineFileNames.problem(fileName, n -> existsIgnoringCase(container, n));
        if (nameProblem != null) {
            return nameProblem;
        }
        IStatus workspaceCheck = ResourcesPlugin.getWorkspace().validateName(fileName, IResource.FILE);
        if (!workspaceCheck.isOK()) {
            return workspaceCheck.getMessage();
        }
        return template() == null ? Messages.templateNone : null;
    }

    private static boolean existsIgnoringCase(IContainer container, String name) {
        if (container == null || !container.isAccessible()) {
            return false;
        }
        try {
            for (IResource member : container.members()) {
                if (member.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        } catch (CoreException e) {
            // members unreadable: at least the exact name is checked
            return container.findMember(name) != null;
        }
        return false;
    }

    /** @return the folder the user named, or null when no open project or folder has that path */
    IContainer container() {
        if (containerField == null) {
            return initialContainer;
        }
        String text = containerField.getText().strip();
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        if (text.isEmpty() || !workspace.validatePath(IPath.fromPortableString("/" + text).toString(),
                IResource.FOLDER | IResource.PROJECT).isOK()) {
            return null;
        }
        IResource r = workspace.getRoot().findMember(IPath.fromPortableString(text));
        return r instanceof IContainer c && r.getType() != IResource.ROOT ? c : null;
    }

    /** @return the file name, with the extension */
    String fileName() {
        return PipelineFileNames.withExtension(nameField.getText());
    }

    /** @return the file to create */
    IFile file() {
        return container().getFile(IPath.fromPortableString(fileName()));
    }

    /** @return the selected template, or null */
    PipelineTemplate template() {
        Object t = templateList.getStructuredSelection().getFirstElement();
        return (PipelineTemplate) t;
    }
}
