/**
 * Static verification of processes and state machines: {@link org.crmkit.rules.process.verify.ProcessVerifier}
 * for process definitions, {@link org.crmkit.rules.process.verify.TransitionGraphVerifier} for any
 * allowed-transitions table (claim and task statuses), {@link org.crmkit.rules.process.verify.PipelineVerifier}
 * for deal pipelines. Both share one graph core (breadth-first search for counterexample paths, Tarjan's
 * components for dead ends and closed cycles), so a defect means the same thing in either.
 */
package org.crmkit.rules.process.verify;
