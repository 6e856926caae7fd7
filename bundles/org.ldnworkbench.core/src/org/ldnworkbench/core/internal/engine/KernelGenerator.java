package org.ldnworkbench.core.internal.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Writes the evaluation code of a pipeline as a class of its own, the way one would write the pipeline by hand: one
 * straight-line method per node that copies the node's states, calls the mechanism for each output with a constant
 * index and stores the value straight into the input slots that read it, and one per node that calls the
 * mechanism's derivatives and stores them at the node's offset in the state vector. The methods are named by their
 * node ({@code rhs3}, {@code all3}, {@code der3}), which is how the watchdog names the call of a run stuck in
 * generated code ({@link #callIn}): the code marks nothing per call, so that the right-hand side pays nothing for
 * the watching beyond the {@link CallSlot} phase around each evaluation. Every call site sees a single
 * mechanism class, so the JIT inlines the mechanisms and optimises across them; no loops, index look-ups or copies of
 * arrays remain at run time.
 * <p>
 * Classes are defined as hidden classes of this package and kept per pipeline structure (mechanism classes, state
 * layout, wiring), not per parameter set, so a scan over a parameter reuses one class and its compiled code. Plans
 * without a node-level order, or too large for the JIT to compile in one piece, are left to {@link GenericKernel}.
 */
final class KernelGenerator {
    /** Above this many nodes the generated methods would exceed what the JIT compiles; the generic kernel runs. */
    static final int MAX_NODES = 400;
    private static final int CACHE_SIZE = 64;
    private static final String NAME = "org/ldnworkbench/core/internal/engine/generated/Kernel";
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final String MECHANISM = "org/ldnworkbench/core/mechanism/Mechanism";
    private static final String OUTPUT_DESC = "(ID[D[D[D)D";
    private static final String DERIVATIVES_DESC = "(D[D[D[D[D)V";
    private static final MethodType CONSTRUCTOR = MethodType.methodType(void.class, Mechanism[].class,
            double[][].class, double[][].class, double[][].class, double[][].class, double[].class);

    private static final Map<Shape, MethodHandle> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Shape, MethodHandle> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private KernelGenerator() {
    }

    /**
     * @return a generated kernel over the run's buffers, or null when the plan needs the generic one (no node-level
     *         order, too many nodes) or code generation is not available in this runtime
     */
    static Kernel create(Plan plan, RunBuffers buffers) {
        if (plan.slotNode == null || plan.nodeIds.length > MAX_NODES) {
            return null;
        }
        Shape shape = new Shape(plan);
        try {
            MethodHandle constructor;
            // generated under the lock: scenarios starting together share one class, and the JIT compiles it once
            synchronized (CACHE) {
                constructor = CACHE.get(shape);
                if (constructor == null) {
                    KernelWriter writer = new KernelWriter(plan, NAME + "$" + COUNTER.incrementAndGet());
                    Class<?> c = new KernelLoader(writer.linked).define(writer.name.replace('/', '.'), writer.write());
                    constructor = MethodHandles.publicLookup().findConstructor(c, CONSTRUCTOR);
                    CACHE.put(shape, constructor);
                }
            }
            return (Kernel) constructor.invoke(plan.mechanisms, buffers.x, buffers.u, plan.parameters, buffers.dx,
                    buffers.signals);
        } catch (LinkageError | RuntimeException e) {
            // no bytecode library (plain classpath without ASM) or a verifier refusal: evaluate generically
            return null;
        } catch (Throwable e) {
            throw new IllegalStateException("generated kernel could not be created", e);
        }
    }

    /**
     * Names the call a thread is stuck in from its stack: the innermost method of a generated kernel, whose name is
     * its kind and node. The JVM lists inlined methods too, so this holds whatever the JIT made of the code.
     *
     * @return a {@link CallSlot} code ({@code rhs}/{@code all}: the node's outputs, {@code der}: its derivatives), or
     *         -1 when no generated method is on the stack (the run is in the generic kernel, an event, the initial
     *         state or the schedule, which mark their calls in the slot)
     */
    static int callIn(StackTraceElement[] stack) {
        String generated = NAME.replace('/', '.') + "$";
        for (StackTraceElement frame : stack) {
            if (!frame.getClassName().startsWith(generated)) {
                continue;
            }
            String m = frame.getMethodName();
            boolean outputs = m.startsWith("rhs") || m.startsWith("all");
            if ((outputs || m.startsWith("der")) && m.length() > 3 && m.substring(3).chars().allMatch(
                    Character::isDigit)) {
                int node = Integer.parseInt(m.substring(3));
                return CallSlot.call(node, outputs ? CallSlot.OUTPUTS : CallSlot.DERIVATIVES);
            }
        }
        return -1;
    }

    /** What the generated code depends on: mechanism classes and every index baked into it. */
    private static final class Shape {
        private final Object[] key;

        Shape(Plan p) {
            Class<?>[] classes = new Class<?>[p.mechanisms.length];
            for (int i = 0; i < classes.length; i++) {
                classes[i] = p.mechanisms[i].getClass();
            }
            key = new Object[] { classes, p.slotNode, p.rhsSlotStart, p.rhsSlotOutputs, p.allSlotStart,
                    p.allSlotOutputs, p.stateCount, p.outOffset, p.fanStart, p.fanNode, p.fanInput };
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Shape && Arrays.deepEquals(key, ((Shape) o).key);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(key);
        }
    }

    /** Emits the class for one plan. */
    private static final class KernelWriter {
        private final Plan p;
        private final ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        final String name;
        /** The mechanism classes the generated code names, by binary name. */
        final Map<String, Class<?>> linked = new HashMap<>();
        /** Per node: the type its mechanism is called through (internal name): its class, or the interface. */
        private final String[] owner;

        KernelWriter(Plan plan, String name) {
            this.p = Objects.requireNonNull(plan);
            this.name = name;
            int n = plan.nodeIds.length;
            owner = new String[n];
            for (int i = 0; i < n; i++) {
                Class<?> c = plan.mechanisms[i].getClass();
                Class<?> known = linked.putIfAbsent(c.getName(), c);
                if (callableDirectly(c) && (known == null || known == c)) {
                    owner[i] = Type.getInternalName(c);
                } else {
                    owner[i] = MECHANISM;
                }
            }
        }

        /**
         * A public, named class whose public methods the generated code may call with invokevirtual: the JIT then
         * binds the call through the class hierarchy, with no need for a type profile of the call site.
         */
        private static boolean callableDirectly(Class<?> c) {
            return Modifier.isPublic(c.getModifiers()) && !c.isHidden() && !c.isAnonymousClass()
                    && c.getEnclosingClass() == null && !c.isInterface();
        }

        private String mechanismDesc(int node) {
            return "L" + owner[node] + ";";
        }

        private void callMechanism(MethodVisitor mv, int node, String method, String desc) {
            boolean viaInterface = owner[node].equals(MECHANISM);
            mv.visitMethodInsn(viaInterface ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL, owner[node], method,
                    desc, viaInterface);
        }

        byte[] write() {
            cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null, "java/lang/Object",
                    new String[] { Type.getInternalName(Kernel.class) });
            int n = p.nodeIds.length;
            for (int i = 0; i < n; i++) {
                field("m" + i, mechanismDesc(i));
                field("x" + i, "[D");
                field("u" + i, "[D");
                field("p" + i, "[D");
                field("d" + i, "[D");
            }
            field("sig", "[D");
            constructor();
            for (int slot = 0; slot < n; slot++) {
                int node = p.slotNode[slot];
                outputsMethod("rhs" + node, node, p.rhsSlotStart[slot], p.rhsSlotStart[slot + 1], p.rhsSlotOutputs,
                        false);
                outputsMethod("all" + node, node, p.allSlotStart[slot], p.allSlotStart[slot + 1], p.allSlotOutputs,
                        true);
                derivativesMethod(node);
            }
            derivativesEntry();
            outputsEntry();
            cw.visitEnd();
            return cw.toByteArray();
        }

        private void field(String name, String desc) {
            cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, name, desc, null, null).visitEnd();
        }

        private void constructor() {
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", CONSTRUCTOR.toMethodDescriptorString(), null, null);
            mv.visitCode();
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            String[] arrays = { "m", "x", "u", "p", "d" };
            for (int i = 0; i < p.nodeIds.length; i++) {
                for (int a = 0; a < arrays.length; a++) {
                    mv.visitVarInsn(Opcodes.ALOAD, 0);
                    mv.visitVarInsn(Opcodes.ALOAD, a + 1);
                    push(mv, i);
                    mv.visitInsn(Opcodes.AALOAD);
                    mv.visitTypeInsn(Opcodes.CHECKCAST, a == 0 ? owner[i] : "[D");
                    mv.visitFieldInsn(Opcodes.PUTFIELD, name, arrays[a] + i, a == 0 ? mechanismDesc(i) : "[D");
                }
            }
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 6);
            mv.visitFieldInsn(Opcodes.PUTFIELD, name, "sig", "[D");
            mv.visitInsn(Opcodes.RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        /**
         * {@code double <method>(double t, double[] y)}: copies node's states, computes outputs[from..to) and pushes
         * each to its consumers (and, when recording, to the signal buffer); returns the finiteness check.
         * Locals: 0 this, 1-2 t, 3 y, 4-5 check, 6-7 value, 8 x, 9 u, 10 p.
         */
        private void outputsMethod(String method, int node, int from, int to, int[] outputs, boolean record) {
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE, method, "(D[D)D", null, null);
            mv.visitCode();
            mv.visitInsn(Opcodes.DCONST_0);
            mv.visitVarInsn(Opcodes.DSTORE, 4);
            if (from < to) {
                loadField(mv, "x", node);
                mv.visitVarInsn(Opcodes.ASTORE, 8);
                loadField(mv, "u", node);
                mv.visitVarInsn(Opcodes.ASTORE, 9);
                loadField(mv, "p", node);
                mv.visitVarInsn(Opcodes.ASTORE, 10);
                copyStates(mv, node, 3, 8);
                for (int j = from; j < to; j++) {
                    int k = outputs[j];
                    loadField(mv, "m", node);
                    push(mv, k);
                    mv.visitVarInsn(Opcodes.DLOAD, 1);
                    mv.visitVarInsn(Opcodes.ALOAD, 8);
                    mv.visitVarInsn(Opcodes.ALOAD, 9);
                    mv.visitVarInsn(Opcodes.ALOAD, 10);
                    callMechanism(mv, node, "output", OUTPUT_DESC);
                    mv.visitVarInsn(Opcodes.DSTORE, 6);
                    addCheck(mv, 6, 4);
                    int s = p.outOffset[node] + k;
                    if (record) {
                        mv.visitVarInsn(Opcodes.ALOAD, 0);
                        mv.visitFieldInsn(Opcodes.GETFIELD, name, "sig", "[D");
                        push(mv, s);
                        mv.visitVarInsn(Opcodes.DLOAD, 6);
                        mv.visitInsn(Opcodes.DASTORE);
                    }
                    for (int f = p.fanStart[s]; f < p.fanStart[s + 1]; f++) {
                        loadField(mv, "u", p.fanNode[f]);
                        push(mv, p.fanInput[f]);
                        mv.visitVarInsn(Opcodes.DLOAD, 6);
                        mv.visitInsn(Opcodes.DASTORE);
                    }
                }
            }
            mv.visitVarInsn(Opcodes.DLOAD, 4);
            mv.visitInsn(Opcodes.DRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        /**
         * {@code double der<node>(double t, double[] y, double[] yDot)}: copies the node's states (again: an output
         * method may not have run for a node without consumed outputs), calls derivatives and stores them at the
         * node's offset. Locals: 0 this, 1-2 t, 3 y, 4 yDot, 5-6 check, 7-8 value, 9 x, 10 d.
         */
        private void derivativesMethod(int node) {
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE, "der" + node, "(D[D[D)D", null, null);
            mv.visitCode();
            mv.visitInsn(Opcodes.DCONST_0);
            mv.visitVarInsn(Opcodes.DSTORE, 5);
            int count = p.stateCount[node];
            if (count > 0) {
                int off = p.stateOffset[node];
                loadField(mv, "x", node);
                mv.visitVarInsn(Opcodes.ASTORE, 9);
                if (!hasRhsOutputs(node)) {
                    copyStates(mv, node, 3, 9);
                }
                loadField(mv, "d", node);
                mv.visitVarInsn(Opcodes.ASTORE, 10);
                loadField(mv, "m", node);
                mv.visitVarInsn(Opcodes.DLOAD, 1);
                mv.visitVarInsn(Opcodes.ALOAD, 9);
                loadField(mv, "u", node);
                loadField(mv, "p", node);
                mv.visitVarInsn(Opcodes.ALOAD, 10);
                callMechanism(mv, node, "derivatives", DERIVATIVES_DESC);
                for (int k = 0; k < count; k++) {
                    mv.visitVarInsn(Opcodes.ALOAD, 10);
                    push(mv, k);
                    mv.visitInsn(Opcodes.DALOAD);
                    mv.visitVarInsn(Opcodes.DSTORE, 7);
                    mv.visitVarInsn(Opcodes.ALOAD, 4);
                    push(mv, off + k);
                    mv.visitVarInsn(Opcodes.DLOAD, 7);
                    mv.visitInsn(Opcodes.DASTORE);
                    addCheck(mv, 7, 5);
                }
            }
            mv.visitVarInsn(Opcodes.DLOAD, 5);
            mv.visitInsn(Opcodes.DRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        private boolean hasRhsOutputs(int node) {
            for (int slot = 0; slot < p.slotNode.length; slot++) {
                if (p.slotNode[slot] == node) {
                    return p.rhsSlotStart[slot] < p.rhsSlotStart[slot + 1];
                }
            }
            return false;
        }

        /** {@code double derivatives(double t, double[] y, double[] yDot)}: all rhs outputs, then all derivatives. */
        private void derivativesEntry() {
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "derivatives", "(D[D[D)D", null, null);
            mv.visitCode();
            mv.visitInsn(Opcodes.DCONST_0);
            addOutputCalls(mv, "rhs", p.rhsSlotStart);
            for (int slot = 0; slot < p.slotNode.length; slot++) {
                int node = p.slotNode[slot];
                if (p.stateCount[node] > 0) {
                    mv.visitVarInsn(Opcodes.ALOAD, 0);
                    mv.visitVarInsn(Opcodes.DLOAD, 1);
                    mv.visitVarInsn(Opcodes.ALOAD, 3);
                    mv.visitVarInsn(Opcodes.ALOAD, 4);
                    mv.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "der" + node, "(D[D[D)D", false);
                    mv.visitInsn(Opcodes.DADD);
                }
            }
            mv.visitInsn(Opcodes.DRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        /** {@code double outputs(double t, double[] y)}: every output, recorded. */
        private void outputsEntry() {
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "outputs", "(D[D)D", null, null);
            mv.visitCode();
            mv.visitInsn(Opcodes.DCONST_0);
            addOutputCalls(mv, "all", p.allSlotStart);
            mv.visitInsn(Opcodes.DRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        /** x[k] = y[offset + k] for the node's states; y and x are locals. */
        private void copyStates(MethodVisitor mv, int node, int yLocal, int xLocal) {
            int off = p.stateOffset[node];
            for (int k = 0; k < p.stateCount[node]; k++) {
                mv.visitVarInsn(Opcodes.ALOAD, xLocal);
                push(mv, k);
                mv.visitVarInsn(Opcodes.ALOAD, yLocal);
                push(mv, off + k);
                mv.visitInsn(Opcodes.DALOAD);
                mv.visitInsn(Opcodes.DASTORE);
            }
        }

        /** Adds {@code <prefix><node>(t, y)} of every slot with outputs in {@code start} to the check on the stack. */
        private void addOutputCalls(MethodVisitor mv, String prefix, int[] start) {
            for (int slot = 0; slot < p.slotNode.length; slot++) {
                if (start[slot] < start[slot + 1]) {
                    mv.visitVarInsn(Opcodes.ALOAD, 0);
                    mv.visitVarInsn(Opcodes.DLOAD, 1);
                    mv.visitVarInsn(Opcodes.ALOAD, 3);
                    mv.visitMethodInsn(Opcodes.INVOKESPECIAL, name, prefix + p.slotNode[slot], "(D[D)D", false);
                    mv.visitInsn(Opcodes.DADD);
                }
            }
        }

        private void loadField(MethodVisitor mv, String array, int node) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, name, array + node, array.equals("m") ? mechanismDesc(node) : "[D");
        }

        /** check += value * 0 */
        private static void addCheck(MethodVisitor mv, int value, int check) {
            mv.visitVarInsn(Opcodes.DLOAD, check);
            mv.visitVarInsn(Opcodes.DLOAD, value);
            mv.visitInsn(Opcodes.DCONST_0);
            mv.visitInsn(Opcodes.DMUL);
            mv.visitInsn(Opcodes.DADD);
            mv.visitVarInsn(Opcodes.DSTORE, check);
        }

        private static void push(MethodVisitor mv, int value) {
            if (value >= -1 && value <= 5) {
                mv.visitInsn(Opcodes.ICONST_0 + value);
            } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
                mv.visitIntInsn(Opcodes.BIPUSH, value);
            } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
                mv.visitIntInsn(Opcodes.SIPUSH, value);
            } else {
                mv.visitLdcInsn(value);
            }
        }
    }

    /**
     * Defines one generated class. Names of mechanism classes resolve to the very classes of the plan, whatever
     * bundle they come from; everything else to the engine's own class loader.
     */
    private static final class KernelLoader extends ClassLoader {
        private final Map<String, Class<?>> linked;

        KernelLoader(Map<String, Class<?>> linked) {
            super(KernelGenerator.class.getClassLoader());
            this.linked = linked;
        }

        @Override
        protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
            Class<?> c = linked.get(className);
            return c != null ? c : super.loadClass(className, resolve);
        }

        Class<?> define(String className, byte[] code) {
            return defineClass(className, code, 0, code.length);
        }
    }
}
