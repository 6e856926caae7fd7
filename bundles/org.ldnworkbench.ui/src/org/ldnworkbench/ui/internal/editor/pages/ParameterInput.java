package org.ldnworkbench.ui.internal.editor.pages;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.mechanism.ParameterSpec;

/**
 * Checks a value typed for a parameter as the compiler checks a file's values (a number, inside the declared closed
 * range, whole for an integer parameter), so that an edit the engine would refuse never reaches the pipeline. Every
 * refusal names the parameter and its range with the unit, the user's cue for what to type instead.
 */
public final class ParameterInput {
    private ParameterInput() {
    }

    /**
     * @param spec the parameter's declaration
     * @param text what the user typed
     * @return the accepted value, or why it is refused
     */
    public static NumberText.Parsed check(ParameterSpec spec, String text) {
        NumberText.Parsed parsed = NumberText.parse(text);
        String range = NumberText.range(spec.min(), spec.max()) + unit(spec);
        if (!parsed.ok()) {
            return new NumberText.Parsed(Double.NaN, NLS.bind(Messages.ParameterInput_notANumber,
                    new Object[] {parsed.problem(), spec.name(), range}));
        }
        double v = parsed.value();
        if (!spec.inRange(v)) {
            return new NumberText.Parsed(Double.NaN, NLS.bind(Messages.ParameterInput_outOfRange,
                    new Object[] {NumberText.show(v) + unit(spec), spec.name(), range}));
        }
        if (!spec.accepts(v)) {
            return new NumberText.Parsed(Double.NaN, NLS.bind(Messages.ParameterInput_notWhole,
                    new Object[] {NumberText.show(v), spec.name(), range}));
        }
        return parsed;
    }

    /** @return the unit after a space, or nothing for a dimensionless parameter */
    public static String unit(ParameterSpec spec) {
        return spec.unit().isEmpty() || "-".equals(spec.unit()) ? "" : " " + spec.unit();
    }
}
