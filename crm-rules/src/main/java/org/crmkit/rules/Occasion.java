package org.crmkit.rules;

import java.util.Objects;
import java.util.Set;

/** What is happening to the aggregate when rules are evaluated; it decides which {@link Trigger}s apply. */
public sealed interface Occasion {
    static Occasion created() {
        return Created.INSTANCE;
    }

    static Occasion changed(Set<String> fields) {
        return new Changed(fields);
    }

    static Occasion changed(String... fields) {
        return new Changed(Set.of(fields));
    }

    static Occasion stageTransition(String from, String to) {
        return new StageTransition(from, to);
    }

    static Occasion timer(String timer) {
        return new Timer(timer);
    }

    enum Created implements Occasion { INSTANCE }

    record Changed(Set<String> fields) implements Occasion {
        public Changed {
            fields = Set.copyOf(fields);
        }
    }

    record StageTransition(String from, String to) implements Occasion {
        public StageTransition {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    record Timer(String timer) implements Occasion {
        public Timer {
            Objects.requireNonNull(timer, "timer");
        }
    }
}
