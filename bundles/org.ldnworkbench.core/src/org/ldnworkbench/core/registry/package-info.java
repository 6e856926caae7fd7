/**
 * Where mechanisms come from: {@link org.ldnworkbench.core.registry.MechanismRegistry} reads the contributions to
 * the extension point {@value org.ldnworkbench.core.registry.MechanismRegistry#EXTENSION_POINT} in a running
 * platform ({@code MechanismRegistry.getDefault()}); {@link org.ldnworkbench.core.registry.ClasspathMechanismCatalog}
 * reads the same {@code plugin.xml} declarations from a plain class path, without OSGi. Both are
 * {@link org.ldnworkbench.core.engine.MechanismCatalog}s for the
 * {@link org.ldnworkbench.core.engine.PipelineCompiler}.
 * <p>
 * A mechanism plugin does not call this package: it contributes to the extension point, whose schema
 * ({@code schema/mechanisms.exsd}) is part of the API.
 * <p>
 * <b>Stable (API):</b> every public type and member. <b>Provisional:</b> the wording of the messages returned by
 * {@code problems()}.
 * <p>
 * <b>Threading:</b> declarations are read once, in the constructor (for {@code getDefault()}, on first use, safely
 * from any thread); afterwards {@code spec}, {@code all} and {@code create} may be called from several threads.
 * Contributed classes are loaded only by {@code create}.
 *
 * @since 0.1
 */
package org.ldnworkbench.core.registry;
