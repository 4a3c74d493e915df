package org.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Rule ids are checked by hand, not by regular expression; they must accept exactly what the documented patterns do. */
class RuleIdProperties {
    private static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");

    @Property(tries = 2000)
    void ids_are_accepted_exactly_as_the_patterns_say(
            @ForAll @StringLength(max = 8) @CharRange(from = 'a', to = 'c') @Chars({'0', '9', '-', '.', 'A', '_', ':'}) String namespace,
            @ForAll @StringLength(max = 10) @CharRange(from = 'x', to = 'z') @Chars({'1', '-', '.', 'Z', ' '}) String name) {
        boolean expected = NAMESPACE.matcher(namespace).matches() && NAME.matcher(name).matches();
        boolean accepted;
        try {
            new RuleId(namespace, name);
            accepted = true;
        } catch (IllegalArgumentException rejected) {
            accepted = false;
        }
        assertThat(accepted).as("'%s' : '%s'", namespace, name).isEqualTo(expected);
        assertThat(RuleId.isNamespace(namespace)).isEqualTo(NAMESPACE.matcher(namespace).matches());
    }
}
