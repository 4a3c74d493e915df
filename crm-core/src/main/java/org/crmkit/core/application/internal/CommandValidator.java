package org.crmkit.core.application.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.crmkit.core.application.CommandRejected;
import org.crmkit.core.application.Violation;
import org.hibernate.validator.HibernateValidator;

/**
 * Validates command records with Bean Validation and turns failures into one {@link CommandRejected} that lists
 * every violation in English and Russian. The Russian pass runs only when the English one found something, so
 * valid commands pay for one validation.
 */
public final class CommandValidator {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Validator english;
    private final Validator russian;

    /** Checks {@code @Past}/{@code @Future} constraints against the machine's clock. */
    public CommandValidator() {
        this(Clock.systemUTC());
    }

    /**
     * Checks {@code @Past}/{@code @Future} constraints against the given clock: the CRM's, so that "now" in a
     * command means the same instant as in the aggregates it reaches (Bean Validation would use the machine's).
     */
    public CommandValidator(Clock clock) {
        this.english = factory(Locale.ENGLISH, clock).getValidator();
        this.russian = factory(RUSSIAN, clock).getValidator();
    }

    private static ValidatorFactory factory(Locale locale, Clock clock) {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .defaultLocale(locale)
                .locales(locale)
                .clockProvider(() -> clock)
                .buildValidatorFactory();
    }

    /** Throws {@link CommandRejected} listing every violation, or returns the command unchanged. */
    public <C> C validate(C command) {
        List<Violation> violations = violationsOf(command);
        if (!violations.isEmpty()) {
            throw new CommandRejected(command.getClass().getSimpleName(), violations);
        }
        return command;
    }

    /** Every Bean Validation violation of the command, sorted by path; empty when it is valid. */
    public <C> List<Violation> violationsOf(C command) {
        if (command == null) {
            throw new CommandRejected("command", List.of(new Violation("", "NotNull",
                    "a command is required", "команда обязательна")));
        }
        Set<ConstraintViolation<C>> found = english.validate(command);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, String> russianByKey = new HashMap<>();
        for (ConstraintViolation<C> v : russian.validate(command)) {
            russianByKey.put(key(v), v.getMessage());
        }
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<C> v : found) {
            String code = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            violations.add(new Violation(v.getPropertyPath().toString(), code, v.getMessage(),
                    russianByKey.getOrDefault(key(v), v.getMessage())));
        }
        violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::code));
        return violations;
    }

    private static String key(ConstraintViolation<?> v) {
        return v.getPropertyPath() + "|" + v.getMessageTemplate();
    }
}
