package org.crmkit.persistence;

import java.util.ArrayList;
import java.util.List;

import org.crmkit.core.application.Violation;

/**
 * What a {@link BulkImport} did with its input, counting committed chunks only: clients written (each with its
 * contact), rows skipped because their external id was already stored (by an earlier run, an earlier row of this
 * run, or anyone else), and rows rejected by validation with every reason.
 */
public record ImportReport(long written, long alreadyPresent, List<Rejection> rejected) {
    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    static ImportReport empty() {
        return new ImportReport(0, 0, List.of());
    }

    /** Rows read in all: written + already present + rejected. */
    public long rows() {
        return written + alreadyPresent + rejected.size();
    }

    ImportReport plus(ImportReport chunk) {
        List<Rejection> all = new ArrayList<>(rejected);
        all.addAll(chunk.rejected);
        return new ImportReport(written + chunk.written, alreadyPresent + chunk.alreadyPresent, all);
    }

    /**
     * A row that was not imported because it failed validation.
     *
     * @param index       the row's position in the input, from 0
     * @param externalId  the row's external id as given ("system:key"), for finding it in the source file
     * @param reasons     every problem of the row, each with a code and English and Russian text
     */
    public record Rejection(long index, String externalId, List<Violation> reasons) {
        public Rejection {
            reasons = List.copyOf(reasons);
        }

        @Override
        public String toString() {
            return "row " + index + " (" + externalId + "): " + reasons;
        }
    }
}
