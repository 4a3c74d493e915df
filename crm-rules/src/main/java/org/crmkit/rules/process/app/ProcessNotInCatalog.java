package org.crmkit.rules.process.app;

import org.crmkit.core.shared.DomainException;
import org.crmkit.rules.process.ProcessKey;

/** A process was asked to start that the catalog does not hold. */
public final class ProcessNotInCatalog extends DomainException {
    public ProcessNotInCatalog(ProcessKey key) {
        super("process.not-in-catalog", "process " + key + " is not in the catalog",
                "процесса " + key + " нет в каталоге");
    }
}
