package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ValueRange;

/**
 * The optional attributes integer (parameter) and min/max (state, output), read and checked by SpecReader through
 * the extension registry, as plugin.xml is read.
 */
class DeclarationAttributesTest {
    private static MechanismSpec read(String children) throws Exception {
        return Declarations.read("<mechanism id='m' name='M' category='Test' class='x.M'>" + children + "</mechanism>");
    }

    private static String refused(String children) {
        return assertThrows(IllegalArgumentException.class, () -> read(children)).getMessage();
    }

    @Test
    void integerMinAndMaxAreRead() throws Exception {
        MechanismSpec s = read("<parameter name='n' unit='-' default='3' min='0' max='10' integer='true' "
                + "status='assumed' source='s'/><parameter name='a' unit='mg' default='1' min='0' max='10' "
                + "status='assumed' source='s'/><state name='x' unit='mg' min='0'/><state name='f' unit='fraction' "
                + "min='0' max='1'/><state name='free' unit='-'/><output name='c' unit='ng/mL' min='0'/>"
                + "<output name='o' unit='fraction' max='1'/>");
        assertTrue(s.parameter("n").integer());
        assertFalse(s.parameter("a").integer());
        assertEquals(new ValueRange(0, Double.POSITIVE_INFINITY), s.states().get(0).range());
        assertEquals(new ValueRange(0, 1), s.states().get(1).range());
        assertEquals(ValueRange.ANY, s.states().get(2).range());
        assertEquals("[0, inf)", s.outputs().get(0).range().toString());
        assertEquals("(-inf, 1]", s.outputs().get(1).range().toString());
    }

    @Test
    void badAttributesAreRefusedNamingTheElement() {
        assertEquals("m: parameter n: attribute 'integer' must be true or false, not 'yes'", refused(
                "<parameter name='n' unit='-' default='3' min='0' max='10' integer='yes' status='assumed' source='s'/>"));
        assertTrue(refused("<parameter name='n' unit='-' default='2.5' min='0' max='10' integer='true' "
                + "status='assumed' source='s'/>").contains("default 2.5 of an integer parameter is not a whole number"));
        assertEquals("m: state x: min 1.0 is above max 0.0", refused("<state name='x' unit='mg' min='1' max='0'/>"));
        assertEquals("m: state x: attribute 'min' is not a finite number: 'zero'",
                refused("<state name='x' unit='mg' min='zero'/>"));
        assertEquals("m: output o: attribute 'max' is not a finite number: 'NaN'",
                refused("<output name='o' unit='-' max='NaN'/>"));
        assertEquals("m: output d: min and max apply to continuous outputs, not to event outputs",
                refused("<output name='d' unit='mg' kind='event' min='0'/>"));
    }

    /**
     * Names a contribution declares become parts of result file names and keys ({@code plots/node.output.png}):
     * they follow the identifier rule of node ids, so a plugin cannot make results escape their folder.
     */
    @Test
    void declaredNamesFollowTheIdentifierRule() {
        assertEquals("m: output '../../x': the name must start with a letter (A-Z, a-z) or '_'",
                refused("<output name='../../x' unit='-'/>"));
        String metric = refused("<metric id='a/b' label='L' output='o' kind='max' unit='-'/><output name='o' unit='-'/>");
        assertTrue(metric.contains("metric 'a/b': the id may contain only letters"), metric);
        String reserved = refused("<state name='CON' unit='-'/>");
        assertTrue(reserved.contains("reserve"), reserved);
        String escape = refused("<parameter name='k[2J' unit='-' default='1' min='0' max='2' status='assumed' "
                + "source='s'/>");
        assertTrue(escape.startsWith("m: parameter 'k[2J': the name may contain only letters"), escape);
    }
}
