/**
 * What a plugin implements and declares: the contract between a mechanism contributed to the extension point
 * {@code org.ldnworkbench.core.mechanisms} and the engine. This is the package a mechanism plugin imports
 * ({@code Import-Package: org.ldnworkbench.core.mechanism;version="[0.1,1.0)"}); see {@code docs/API-POLICY.md}.
 * <p>
 * A plugin implements {@link org.ldnworkbench.core.mechanism.Mechanism} (and
 * {@link org.ldnworkbench.core.mechanism.EventSource} when it emits discrete events such as doses), and throws
 * {@link org.ldnworkbench.core.mechanism.MechanismException} from {@code bind} when its declaration does not fit
 * the class, and {@link org.ldnworkbench.core.mechanism.InvalidSettingsException} from {@code validate} when a
 * combination of values makes no sense. It reads its declaration through {@link org.ldnworkbench.core.mechanism.MechanismSpec} and the
 * description types beside it ({@link org.ldnworkbench.core.mechanism.ParameterSpec},
 * {@link org.ldnworkbench.core.mechanism.StateSpec}, {@link org.ldnworkbench.core.mechanism.PortSpec},
 * {@link org.ldnworkbench.core.mechanism.TableSpec}, {@link org.ldnworkbench.core.mechanism.PresetSpec},
 * {@link org.ldnworkbench.core.mechanism.MetricSpec}, {@link org.ldnworkbench.core.mechanism.ValueRange},
 * {@link org.ldnworkbench.core.mechanism.ParameterStatus}); these are built by the engine from plugin.xml, are
 * immutable records (equal when their components are), and a plugin only reads them.
 * <p>
 * <b>Stable (API):</b> the {@code Mechanism} and {@code EventSource} interfaces and their calling contract, the
 * accessors and {@code require...} checks of {@code MechanismSpec}, the accessors of the description types,
 * {@code MechanismException}, {@code InvalidSettingsException}. <b>Provisional:</b> the public constructors of the
 * description types and {@code MechanismSpec.Builder}, which exist for the engine's declaration reader and for
 * tests; they may change in a minor release (a description record may gain a component).
 * <p>
 * <b>Threading:</b> one {@code Mechanism} instance serves every run of a compiled pipeline, from several threads at
 * once: keep no simulation state in fields, and do not allocate in {@code derivatives} and {@code output}.
 * {@code bind} is called once per instance, before any other method. {@code EventSource.schedule} is called at the
 * start of each run, on that run's thread, and also by {@code Simulator.preflight}: compute the schedule from the
 * arguments alone. Every call must return: one that has not returned after the mechanism timeout (10 s unless the
 * user sets another) stops its run (in the constructor, {@code bind} or {@code validate}: fails the compilation
 * with a problem of its node), the mechanism is quarantined for the rest of the session, and the thread making the
 * call is interrupted and left to itself. A plugin that waits for something should give up when interrupted.
 *
 * @since 0.1
 */
package org.ldnworkbench.core.mechanism;
