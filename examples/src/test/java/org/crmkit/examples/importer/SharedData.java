package org.crmkit.examples.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Finds the shared sample data: walks up from the working directory until a {@code shared/data} folder is found
 * (CI puts {@code shared/} beside the cloned project). Tests that need it are skipped, with a visible reason, when
 * it is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Optional<Path> find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Path require(String sample) {
        Optional<Path> data = find();
        Assumptions.assumeTrue(data.isPresent() && Files.isDirectory(data.get().resolve(sample)),
                "SKIPPED: shared/data/" + sample + " not found above " + Path.of("").toAbsolutePath());
        return data.get().resolve(sample);
    }
}
