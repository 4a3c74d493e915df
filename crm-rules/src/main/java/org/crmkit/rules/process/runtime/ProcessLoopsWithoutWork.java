package org.crmkit.rules.process.runtime;

import org.crmkit.core.shared.DomainException;
import org.crmkit.rules.process.NodeId;

/**
 * The run went round decisions and subprocess boundaries so many times without reaching a step or an end that
 * it would never stop (a resolver that keeps choosing a loop made only of decisions).
 */
public final class ProcessLoopsWithoutWork extends DomainException {
    public ProcessLoopsWithoutWork(NodeId at, int moves) {
        super("process.loops", "process run made " + moves + " moves without reaching a step, last at " + at,
                "процесс сделал " + moves + " переходов, не дойдя до шага; последний узел " + at);
    }
}
