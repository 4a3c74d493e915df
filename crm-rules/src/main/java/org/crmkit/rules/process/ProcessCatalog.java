package org.crmkit.rules.process;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where subprocess references are resolved: the current definition of a process by its key. The embedding
 * application supplies it (from storage, or in memory with {@link #of}); there is no global registry.
 */
@FunctionalInterface
public interface ProcessCatalog {
    Optional<ProcessDefinition> find(ProcessKey key);

    static ProcessCatalog empty() {
        return key -> Optional.empty();
    }

    /** An in-memory catalog holding the highest version of each given process. */
    static ProcessCatalog of(ProcessDefinition... definitions) {
        return of(Arrays.asList(definitions));
    }

    static ProcessCatalog of(Collection<ProcessDefinition> definitions) {
        Map<ProcessKey, ProcessDefinition> latest = definitions.stream().collect(Collectors.toUnmodifiableMap(
                ProcessDefinition::key, Function.identity(),
                (a, b) -> a.version() >= b.version() ? a : b));
        return key -> Optional.ofNullable(latest.get(key));
    }
}
