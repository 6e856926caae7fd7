package org.ldnworkbench.ui.tests.meditors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.mechanism.MechanismEditorContext;
import org.ldnworkbench.ui.mechanism.ParameterValue;
import org.ldnworkbench.ui.mechanism.PreviewJob;
import org.ldnworkbench.ui.mechanism.PreviewLayout;
import org.ldnworkbench.ui.tests.support.UiWait;

/**
 * The shared pieces of the mechanism-editor API that the receptor, rebound and inflammation editors (and a
 * third-party editor) build on: the node's values as a parameter array, previews that follow the node until they are
 * disposed, and labels that keep room for text that arrives later. The context is the workbench's own, on the
 * dosing node of the shipped example.
 */
class PreviewHelpersTest {
    @Test
    void parameterArrayHoldsTheEffectiveValuesInDeclarationOrderAndFollowsEdits() throws Exception {
        MechanismEditorContext context = dosingContext();
        int amount = indexOf(context.values(), "amount");
        assertEquals(4.5, context.parameterArray()[amount], "the example doses 4.5 mg");
        assertTrue(context.setParameter("amount", 6).isOK(), "6 mg is a dose the dosing mechanism accepts");
        double[] expected = context.values().stream().mapToDouble(ParameterValue::value).toArray();
        assertArrayEquals(expected, context.parameterArray(), "parameterArray() is not values() as numbers");
        assertEquals(6, context.parameterArray()[amount], "parameterArray() does not show the edit");
    }

    @Test
    void previewsFollowTheNodeUntilDisposed() throws Exception {
        MechanismEditorContext context = dosingContext();
        Shell owner = new Shell(UiWait.display());
        try {
            PreviewJob<String> previews = new PreviewJob<>("test preview", owner, s -> { }, m -> { });
            AtomicInteger recomputed = new AtomicInteger();
            previews.follow(context, recomputed::incrementAndGet);
            context.setParameter("amount", 6);
            assertEquals(1, recomputed.get(), "a followed change did not recompute");
            previews.dispose();
            context.setParameter("amount", 7);
            assertEquals(1, recomputed.get(), "a disposed preview still recomputes after a change of the node");
        } finally {
            owner.dispose();
        }
    }

    @Test
    void reservedLinesKeepTheirHeightWhateverTheText() {
        Shell shell = new Shell(UiWait.display());
        try {
            shell.setLayout(new GridLayout());
            Label label = PreviewLayout.wrappedLabel(shell, "");
            PreviewLayout.reserveLines(label, 3);
            GC gc = new GC(label);
            int line;
            try {
                line = gc.getFontMetrics().getHeight();
            } finally {
                gc.dispose();
            }
            GridData data = (GridData) label.getLayoutData();
            assertEquals(3 * line, data.heightHint, "the label does not ask for three lines");
            assertEquals(3 * line, data.minimumHeight, "the label may shrink below three lines");
            assertEquals(PreviewLayout.SIDE_WIDTH - 10, data.widthHint, "the label does not wrap in the side panel");
        } finally {
            shell.dispose();
        }
    }

    /** @return the workbench's context of the example's dosing node (the class is internal to the host) */
    private static MechanismEditorContext dosingContext() throws Exception {
        PipelineDocument document = new PipelineDocument(new DefaultOperationHistory(),
                PipelineFiles.read(new StringReader(MechanismEditors.example()), MechanismEditors.EXAMPLE));
        MechanismCatalog catalog = MechanismRegistry.getDefault();
        MechanismSpec spec = catalog.spec(document.pipeline().node("dosing").mechanism());
        Class<?> type = Class.forName("org.ldnworkbench.ui.internal.mechanismeditors.NodeEditorContext");
        Constructor<?> create = type.getDeclaredConstructor(PipelineDocument.class, MechanismCatalog.class,
                String.class, MechanismSpec.class);
        create.setAccessible(true);
        return (MechanismEditorContext) create.newInstance(document, catalog, "dosing", spec);
    }

    private static int indexOf(List<ParameterValue> values, String name) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).spec().name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("the dosing mechanism declares no parameter " + name + ": " + values);
    }
}
