package org.crmkit.rules.process.runtime;

import org.crmkit.core.shared.DomainException;
import org.crmkit.rules.process.ProcessKey;

/** A subprocess the run reached is no longer in the catalog (it was when the run started). */
public final class SubprocessNotFound extends DomainException {
    public SubprocessNotFound(ProcessKey key) {
        super("process.subprocess.not-found", "subprocess " + key + " is not in the catalog",
                "подпроцесса " + key + " нет в каталоге");
    }
}
