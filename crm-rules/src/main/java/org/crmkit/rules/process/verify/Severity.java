package org.crmkit.rules.process.verify;

/** An error makes a process or state machine unfit to run; a warning is advice (redundancy, size). */
public enum Severity {
    ERROR, WARNING
}
