package org.ldnworkbench.ui.internal.editor.source;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.IUndoManagerExtension;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.LineNumberRulerColumn;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.ldnworkbench.ui.internal.editor.Messages;

/**
 * The pipeline editor's Source page: the file's JSON in a text viewer with line numbers, the reader's error
 * underlined in place and stated in a bar above the text. The page knows nothing of pipelines: the editor decides
 * when its text is read and applied ({@code PipelineEditor}); the page keeps the text, the error, the typing undo
 * history and whether the text changed since it was last set or saved ({@link #isModified()}).
 */
public final class SourcePage {
    /** The annotation type of the reader's error. */
    private static final String ERROR_TYPE = "org.ldnworkbench.ui.sourceError";
    private static final String SQUIGGLES = "squiggles";
    private final Document text = new Document();
    private final AnnotationModel annotations = new AnnotationModel();
    private Composite top;
    private CLabel messageBar;
    private SourceViewer viewer;
    private String baseline = "";
    private SourceError error;

    /**
     * @param parent the editor's page container
     * @return the page's control
     */
    public Control createControl(Composite parent) {
        top = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        top.setLayout(layout);
        messageBar = new CLabel(top, SWT.NONE);
        messageBar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        CompositeRuler ruler = new CompositeRuler();
        ruler.addDecorator(0, new LineNumberRulerColumn());
        viewer = new SourceViewer(top, ruler, SWT.V_SCROLL | SWT.H_SCROLL | SWT.MULTI | SWT.BORDER);
        viewer.configure(new JsonColouring());
        viewer.getTextWidget().setFont(JFaceResources.getTextFont());
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setDocument(text, annotations);
        viewer.addPainter(errorPainter());
        viewer.getTextWidget().setData("org.ldnworkbench.ui.widget", "source.text");
        showError(error);
        return top;
    }

    private AnnotationPainter errorPainter() {
        IAnnotationAccess access = new IAnnotationAccess() {
            @Override
            public Object getType(Annotation annotation) {
                return annotation.getType();
            }

            @Override
            public boolean isMultiLine(Annotation annotation) {
                return false;
            }

            @Override
            public boolean isTemporary(Annotation annotation) {
                return true;
            }
        };
        AnnotationPainter painter = new AnnotationPainter(viewer, access);
        painter.addDrawingStrategy(SQUIGGLES, new AnnotationPainter.SquigglesStrategy());
        painter.addAnnotationType(ERROR_TYPE, SQUIGGLES);
        painter.setAnnotationTypeColor(ERROR_TYPE, Display.getCurrent().getSystemColor(SWT.COLOR_RED));
        return painter;
    }

    /** @return the text as it stands */
    public String text() {
        return text.get();
    }

    /**
     * Shows a text that is the state of record (loaded, or written from the pipeline): not modified, typing undo
     * history forgotten (edits of the pipeline are undone on the document's history instead).
     *
     * @param next the text
     */
    public void setText(String next) {
        baseline = next;
        if (!next.equals(text.get())) {
            text.set(next);
        }
        resetTypingUndo();
    }

    /**
     * Shows a text that is not yet the state of record (recovered after a crash): it counts as modified.
     *
     * @param next the text
     */
    public void replaceText(String next) {
        text.set(next);
        resetTypingUndo();
    }

    /** @return whether the text differs from what was last set or saved */
    public boolean isModified() {
        return !baseline.equals(text.get());
    }

    /** The text as it stands is now the saved state. */
    public void markSaved() {
        baseline = text.get();
    }

    /** @param listener told after every change of the text, by typing or by {@link #setText} */
    public void addChangeListener(Runnable listener) {
        text.addDocumentListener(new org.eclipse.jface.text.IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(org.eclipse.jface.text.DocumentEvent event) {
                // only the change itself matters
            }

            @Override
            public void documentChanged(org.eclipse.jface.text.DocumentEvent event) {
                listener.run();
            }
        });
    }

    /** @return the error shown, or null */
    public SourceError error() {
        return error;
    }

    /**
     * Underlines the error, states it in the message bar; null clears both.
     *
     * @param next the reader's error, or null when the text is a pipeline
     */
    public void showError(SourceError next) {
        error = next;
        annotations.removeAllAnnotations();
        if (messageBar == null || messageBar.isDisposed()) {
            return;
        }
        if (next == null) {
            messageBar.setImage(null);
            messageBar.setText(Messages.SourcePage_valid);
        } else {
            int offset = Math.min(next.offset(), text.getLength());
            int length = Math.min(Math.max(next.length(), 0), text.getLength() - offset);
            annotations.addAnnotation(new Annotation(ERROR_TYPE, false, next.message()), new Position(offset, length));
            messageBar.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
            messageBar.setText(next.describe());
            messageBar.setToolTipText(next.describe());
        }
        top.layout(true);
    }

    /** Moves the caret to the error and shows it. */
    public void revealError() {
        if (error != null && viewer != null) {
            int offset = Math.min(error.offset(), text.getLength());
            viewer.setSelectedRange(offset, 0);
            viewer.revealRange(offset, 0);
        }
    }

    /**
     * @param line a line, from 1
     */
    public void revealLine(int line) {
        try {
            IRegion region = text.getLineInformation(Math.max(0, Math.min(line - 1, text.getNumberOfLines() - 1)));
            viewer.setSelectedRange(region.getOffset(), region.getLength());
            viewer.revealRange(region.getOffset(), region.getLength());
        } catch (BadLocationException e) {
            viewer.setSelectedRange(0, 0);
        }
    }

    /** @return the undo context of typing in the page (Edit &gt; Undo while the page is active) */
    public IUndoContext typingUndoContext() {
        return ((IUndoManagerExtension) viewer.getUndoManager()).getUndoContext();
    }

    /** @return cut, copy, paste, select all on the text */
    public ITextOperationTarget operations() {
        return viewer;
    }

    /** Gives the keyboard focus to the text. */
    public void setFocus() {
        if (viewer != null && !viewer.getTextWidget().isDisposed()) {
            viewer.getTextWidget().setFocus();
        }
    }

    /** @return the document the viewer shows */
    IDocument document() {
        return text;
    }

    private void resetTypingUndo() {
        if (viewer != null && viewer.getUndoManager() != null) {
            viewer.getUndoManager().reset();
        }
    }
}
