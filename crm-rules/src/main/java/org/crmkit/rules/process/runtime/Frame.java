package org.crmkit.rules.process.runtime;

import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.ProcessDefinition;

/** Where a run stands in one (sub)process: the innermost frame is the step being worked on. */
record Frame(ProcessDefinition definition, NodeId at) {
}
