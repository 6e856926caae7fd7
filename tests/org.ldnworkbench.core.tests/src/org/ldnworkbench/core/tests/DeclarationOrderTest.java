package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.mechanism.StateSpec;
import org.ldnworkbench.core.mechanism.TableSpec;

/**
 * A mechanism that indexes with constants checks the whole declaration order of each kind in one call
 * ({@code MechanismSpec.requireParameters} and friends); a declaration out of step is refused with one message
 * naming the mechanism, the kind, the position, what the implementation expects and what plugin.xml declares.
 */
class DeclarationOrderTest {
    private static final MechanismSpec SPEC = new MechanismSpec.Builder("test.order")
            .parameter(parameter("ka")).parameter(parameter("ke")).parameter(parameter("V"))
            .state(new StateSpec("gut", "mg", "")).state(new StateSpec("central", "mg", ""))
            .input(new PortSpec("dose", "mg", PortSpec.Kind.EVENT, "", List.of()))
            .input(new PortSpec("inhibitor", "-", PortSpec.Kind.CONTINUOUS, "", List.of()))
            .output(new PortSpec("C", "mg/L", PortSpec.Kind.CONTINUOUS, "", List.of()))
            .output(new PortSpec("A", "mg", PortSpec.Kind.CONTINUOUS, "", List.of()))
            .table(new TableSpec("doses", List.of("time", "amount"), List.of("h", "mg"), new double[] { 0, 0 }, ""))
            .build();

    private static ParameterSpec parameter(String name) {
        return new ParameterSpec(name, "1/h", 1, 0, 10, ParameterStatus.ASSUMED, "", "", "");
    }

    private static String refused(Executable check) {
        return assertThrows(MechanismException.class, check).getMessage();
    }

    @Test
    void theDeclaredOrderOfEachKindIsAccepted() throws MechanismException {
        SPEC.requireParameters("ka", "ke", "V");
        SPEC.requireStates("gut", "central");
        SPEC.requireInputs("dose", "inhibitor");
        SPEC.requireOutputs("C", "A");
        SPEC.requireTables("doses");
    }

    @Test
    void twoParametersInTheWrongOrderAreRefusedAtTheFirstDifference() {
        assertEquals("test.order: the implementation expects parameter 2 to be 'V' but plugin.xml declares 'ke' there"
                + " (parameters of the implementation: ka, V, ke; of plugin.xml: ka, ke, V)",
                refused(() -> SPEC.requireParameters("ka", "V", "ke")));
    }

    @Test
    void eachKindIsNamedInItsMessage() {
        assertEquals("test.order: the implementation expects state 1 to be 'central' but plugin.xml declares 'gut'"
                + " there (states of the implementation: central, gut; of plugin.xml: gut, central)",
                refused(() -> SPEC.requireStates("central", "gut")));
        assertEquals("test.order: the implementation expects input 2 to be 'inhibition' but plugin.xml declares"
                + " 'inhibitor' there (inputs of the implementation: dose, inhibition; of plugin.xml: dose, inhibitor)",
                refused(() -> SPEC.requireInputs("dose", "inhibition")));
        assertEquals("test.order: the implementation expects output 1 to be 'A' but plugin.xml declares 'C' there"
                + " (outputs of the implementation: A, C; of plugin.xml: C, A)",
                refused(() -> SPEC.requireOutputs("A", "C")));
        assertEquals("test.order: the implementation expects table 1 to be 'schedule' but plugin.xml declares"
                + " 'doses' there (tables of the implementation: schedule; of plugin.xml: doses)",
                refused(() -> SPEC.requireTables("schedule")));
    }

    @Test
    void aNameTheDeclarationLacksIsRefused() {
        assertEquals("test.order: the implementation expects parameter 4 to be 'F' but plugin.xml declares only 3"
                + " parameters (parameters of the implementation: ka, ke, V, F; of plugin.xml: ka, ke, V)",
                refused(() -> SPEC.requireParameters("ka", "ke", "V", "F")));
    }

    @Test
    void aDeclaredNameTheImplementationDoesNotReadIsRefused() {
        assertEquals("test.order: the implementation expects only 1 state but plugin.xml declares state 2,"
                + " 'central' (states of the implementation: gut; of plugin.xml: gut, central)",
                refused(() -> SPEC.requireStates("gut")));
        assertEquals("test.order: the implementation expects no tables but plugin.xml declares table 1, 'doses'"
                + " (tables of the implementation: none; of plugin.xml: doses)", refused(() -> SPEC.requireTables()));
    }
}
