package org.ldnworkbench.install.internal;

import java.util.List;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.osgi.util.NLS;

/**
 * A requirement of a unit to be installed that nothing in the installation or the repository satisfies, in the words
 * of the plugin author: {@code org.example.x 1.0.0 needs package org.ldnworkbench.core.mechanism [9.0.0,10.0.0), the
 * installation has 0.1.0}. The planner says the same as "Missing requirement: ... requires 'java.package;
 * org.ldnworkbench.core.mechanism [9.0.0,10.0.0)' but it could not be found", without what is there instead, which is
 * what tells a user that the plugin was built for another version of LDN Workbench.
 *
 * @param unit the id of the unit that needs it (a bundle or feature of the plugin)
 * @param unitVersion its version
 * @param namespace p2's namespace of the requirement ({@code java.package}, {@code osgi.bundle}, ...)
 * @param name what is required: a package, bundle or unit id
 * @param range the versions accepted, as p2 writes them ({@code [9.0.0,10.0.0)}); empty for any
 * @param available the versions of {@code name} the installation has in that namespace, may be empty
 */
public record UnmetRequirement(String unit, String unitVersion, String namespace, String name, String range,
        List<String> available) {
    /** p2's namespace of installable unit ids. */
    static final String UNIT_NAMESPACE = IInstallableUnit.NAMESPACE_IU_ID;

    /**
     * @param unit the unit that has the requirement
     * @param requirement one of its requirements
     * @param available what the installation has of the required name
     * @return the requirement described; a requirement that is not the usual namespace-name-range kind (a filter
     *         expression) keeps p2's own text as its name
     */
    public static UnmetRequirement of(IInstallableUnit unit, IRequirement requirement, List<String> available) {
        Object[] p = requirement.getMatches().getParameters();
        if (p.length >= 2 && p[0] instanceof String name && p[1] instanceof String namespace) {
            return new UnmetRequirement(unit.getId(), unit.getVersion().toString(), namespace, name,
                    range(requirement.toString(), namespace, name), available);
        }
        return new UnmetRequirement(unit.getId(), unit.getVersion().toString(), "", requirement.toString(), "",
                available);
    }

    /**
     * @return the range part of p2's text of a simple requirement, {@code NAMESPACE; NAME RANGE[ details]}; empty
     *         when the text is not of that form
     */
    static String range(String text, String namespace, String name) {
        String head = namespace + "; " + name + " ";
        if (!text.startsWith(head)) {
            return "";
        }
        String rest = text.substring(head.length());
        int end = rest.indexOf(' ');
        String range = end < 0 ? rest : rest.substring(0, end);
        return "0.0.0".equals(range) ? "" : range;
    }

    /** @return what is required as a user reads it: {@code package org.x [1.0.0,2.0.0)}, {@code bundle org.y} */
    public String required() {
        String kind = switch (namespace) {
            case "java.package" -> Messages.Requirement_package;
            case "osgi.bundle" -> Messages.Requirement_bundle;
            case UNIT_NAMESPACE, "" -> "";
            default -> namespace;
        };
        return (kind.isEmpty() ? "" : kind + " ") + name + (range.isEmpty() ? "" : " " + range);
    }

    /** @return one clause: who needs what, and what the installation has instead */
    public String message() {
        String has = available.isEmpty() ? Messages.Requirement_hasNone : String.join(", ", available);
        return NLS.bind(Messages.Requirement_unmet, new Object[] { unit + " " + unitVersion, required(), has });
    }
}
