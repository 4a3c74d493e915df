package org.crmkit.rules.process;

/** The kinds of node a process is made of; the JSON format names them in lower case. */
public enum NodeKind {
    START, STEP, DECISION, SUBPROCESS, END
}
