package org.crmkit.rules.process.runtime;

import java.util.Objects;

import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.ProcessDefinition;

/**
 * Where a run stands in one (sub)process: the innermost frame is the step being worked on, the outer ones are
 * the subprocess nodes it entered. Part of a run's {@link ProcessInstance.Snapshot}.
 */
public record Frame(ProcessDefinition definition, NodeId at) {
    public Frame {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(at, "at");
    }
}
