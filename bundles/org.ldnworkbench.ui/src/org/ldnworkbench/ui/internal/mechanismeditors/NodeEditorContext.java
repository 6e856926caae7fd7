package org.ldnworkbench.ui.internal.mechanismeditors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.editor.pages.EffectiveValue;
import org.ldnworkbench.ui.internal.editor.pages.NumberText;
import org.ldnworkbench.ui.internal.editor.pages.ParameterInput;
import org.ldnworkbench.ui.mechanism.MechanismEditorContext;
import org.ldnworkbench.ui.mechanism.ParameterValue;

/**
 * The workbench's {@link MechanismEditorContext}: one node of one pipeline editor's document. Values are resolved as
 * the Parameters page resolves them ({@link EffectiveValue}, without scenario); changes are the Parameters page's
 * edits (same checks, same labels in Edit &gt; Undo). The context hears the document and passes every change on to
 * its listeners while the node is there with the same mechanism; otherwise it tells {@link #whenGone} once. A rename
 * (and its undo) is followed: when the node's id is gone and exactly one node new to the pipeline has the same
 * mechanism, preset, parameters and tables, that is the node under its new id ({@link #whenRenamed}).
 */
final class NodeEditorContext implements MechanismEditorContext {
    private final PipelineDocument document;
    private final MechanismCatalog catalog;
    private String nodeId;
    /** The node and the pipeline's node ids as last seen: what a rename is recognised by. */
    private Node lastSeen;
    private Set<String> idsSeen;
    private BiConsumer<String, String> whenRenamed = (from, to) -> { };
    private final MechanismSpec spec;
    private final ListenerList<Listener> listeners = new ListenerList<>();
    private final PipelineDocument.Listener documentListener = d -> documentChanged();
    private Runnable whenGone = () -> { };
    private boolean gone;

    NodeEditorContext(PipelineDocument document, MechanismCatalog catalog, String nodeId, MechanismSpec spec) {
        this.document = Objects.requireNonNull(document);
        this.catalog = Objects.requireNonNull(catalog);
        this.nodeId = Objects.requireNonNull(nodeId);
        this.spec = Objects.requireNonNull(spec);
        remember(document.pipeline());
        document.addListener(documentListener);
    }

    /** @param r told the old and the new id when the node was renamed (also by an undo or redo) */
    void whenRenamed(BiConsumer<String, String> r) {
        whenRenamed = r;
    }

    /** @param r told once when the node goes away (removed, renamed, its mechanism changed) */
    void whenGone(Runnable r) {
        whenGone = r;
    }

    PipelineDocument document() {
        return document;
    }

    /** Stops hearing the document (the window closes). */
    void dispose() {
        document.removeListener(documentListener);
        listeners.clear();
    }

    private void documentChanged() {
        Pipeline pipeline = document.pipeline();
        Node node = pipeline.node(nodeId);
        if (node == null) {
            String renamed = renamedTo(pipeline);
            if (renamed != null) {
                String from = nodeId;
                nodeId = renamed;
                node = pipeline.node(renamed);
                whenRenamed.accept(from, renamed);
            }
        }
        remember(pipeline);
        if (node == null || !node.mechanism().equals(spec.id())) {
            if (!gone) {
                gone = true;
                whenGone.run();
            }
            return;
        }
        listeners.forEach(l -> SafeRunner.run(() -> l.nodeChanged(this)));
    }

    private void remember(Pipeline pipeline) {
        Node node = pipeline.node(nodeId);
        lastSeen = node == null ? null : node.copy();
        idsSeen = new HashSet<>();
        for (Node n : pipeline.nodes()) {
            idsSeen.add(n.id());
        }
    }

    /** @return the id of the one node new to {@code pipeline} that is the node last seen, or null */
    private String renamedTo(Pipeline pipeline) {
        if (lastSeen == null) {
            return null;
        }
        String found = null;
        for (Node n : pipeline.nodes()) {
            if (!idsSeen.contains(n.id()) && sameContent(n, lastSeen)) {
                if (found != null) {
                    return null; // two candidates: not a rename that can be told apart
                }
                found = n.id();
            }
        }
        return found;
    }

    private static boolean sameContent(Node a, Node b) {
        if (!a.mechanism().equals(b.mechanism()) || !Objects.equals(a.preset(), b.preset())
                || !a.parameters().equals(b.parameters()) || !a.tables().keySet().equals(b.tables().keySet())) {
            return false;
        }
        for (Map.Entry<String, double[][]> t : a.tables().entrySet()) {
            if (!Arrays.deepEquals(t.getValue(), b.tables().get(t.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private Node node() {
        Node node = document.pipeline().node(nodeId);
        if (node == null) {
            throw new IllegalStateException("The pipeline has no node '" + nodeId + "' any more");
        }
        return node;
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public MechanismSpec spec() {
        return spec;
    }

    @Override
    public String preset() {
        return node().preset();
    }

    @Override
    public PresetSpec effectivePreset() {
        String named = preset();
        return named == null ? spec.defaultPreset() : spec.preset(named);
    }

    @Override
    public List<ParameterValue> values() {
        List<ParameterValue> values = new ArrayList<>();
        Node node = node();
        for (ParameterSpec p : spec.parameters()) {
            values.add(valueOf(node, p));
        }
        return values;
    }

    @Override
    public ParameterValue value(String parameter) {
        ParameterSpec p = spec.parameter(parameter);
        return p == null ? null : valueOf(node(), p);
    }

    private ParameterValue valueOf(Node node, ParameterSpec p) {
        EffectiveValue v = EffectiveValue.of(node, spec, p, null);
        ParameterValue.Origin origin = switch (v.origin()) {
        case DEFAULT -> ParameterValue.Origin.DEFAULT;
        case PRESET -> ParameterValue.Origin.PRESET;
        default -> ParameterValue.Origin.NODE;
        };
        return new ParameterValue(p, v.value(), origin, v.via());
    }

    @Override
    public Pipeline pipeline() {
        return document.pipeline().copy();
    }

    @Override
    public MechanismCatalog catalog() {
        return catalog;
    }

    @Override
    public IStatus setParameter(String name, double value) {
        ParameterSpec p = spec.parameter(name);
        if (p == null) {
            return Status.error(NLS.bind(Messages.Context_noParameter, new Object[] { nodeId, spec.id(), name }));
        }
        return setParameter(p, NumberText.show(value));
    }

    /**
     * Sets a value typed by the user, checked as the Parameters page checks it.
     *
     * @return OK (also when the value is the node's already), or why it is refused
     */
    IStatus setParameter(ParameterSpec p, String typed) {
        NumberText.Parsed parsed = ParameterInput.check(p, typed);
        if (!parsed.ok()) {
            return Status.error(NLS.bind(org.ldnworkbench.ui.internal.editor.pages.Messages.ParametersPage_refused,
                    nodeId, parsed.problem()));
        }
        double v = parsed.value();
        Double own = node().parameters().get(p.name());
        if (own != null && own == v) {
            return Status.OK_STATUS;
        }
        String label = NLS.bind(org.ldnworkbench.ui.internal.editor.pages.Messages.ParametersPage_setLabel,
                new Object[] { nodeId, p.name(), NumberText.show(v) + ParameterInput.unit(p) });
        return document.edit(label, pipeline -> pipeline.node(nodeId).parameter(p.name(), v));
    }

    @Override
    public IStatus resetParameter(String name) {
        if (spec.parameter(name) == null) {
            return Status.error(NLS.bind(Messages.Context_noParameter, new Object[] { nodeId, spec.id(), name }));
        }
        if (!node().parameters().containsKey(name)) {
            return Status.OK_STATUS;
        }
        return document.edit(NLS.bind(Messages.Context_resetLabel, nodeId, name),
                pipeline -> pipeline.node(nodeId).parameters().remove(name));
    }

    @Override
    public IStatus setPreset(String presetId) {
        if (presetId != null && spec.preset(presetId) == null) {
            return Status.error(NLS.bind(Messages.Context_noPreset, new Object[] { nodeId, spec.id(), presetId }));
        }
        if (Objects.equals(node().preset(), presetId)) {
            return Status.OK_STATUS;
        }
        String label = NLS.bind(org.ldnworkbench.ui.internal.editor.pages.Messages.ParametersPage_presetLabel,
                nodeId, presetId == null
                        ? org.ldnworkbench.ui.internal.editor.pages.Messages.PresetChoices_noneShort : presetId);
        return document.edit(label, pipeline -> pipeline.node(nodeId).preset(presetId));
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
