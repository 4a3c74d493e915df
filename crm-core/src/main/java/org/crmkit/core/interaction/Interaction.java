package org.crmkit.core.interaction;

import java.time.Instant;
import java.util.Objects;

import org.crmkit.core.shared.Accountable;
import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;

/**
 * A meeting, call, message, visit or note with a client, as logged by an employee: the entries of the
 * client's 360° view across channels. The employee who logged it answers for it.
 */
public final class Interaction extends AggregateRoot<InteractionId> implements Accountable {
    /** The longest summary kept; longer texts belong in attachments or correspondence. */
    public static final int MAX_SUMMARY = 4000;

    private final InteractionKind kind;
    private final InteractionChannel channel;
    private final Direction direction;
    private final Instant occurredAt;
    private final Participants participants;
    private String summary;
    private final InteractionLinks links;
    private final EmployeeId loggedBy;
    private final DepartmentId department;
    private final Instant loggedAt;

    private Interaction(Snapshot s, long version) {
        super(s.id(), version);
        this.kind = Objects.requireNonNull(s.kind(), "kind");
        this.channel = Objects.requireNonNull(s.channel(), "channel");
        this.direction = Objects.requireNonNull(s.direction(), "direction");
        this.occurredAt = Objects.requireNonNull(s.occurredAt(), "occurredAt");
        this.participants = Objects.requireNonNull(s.participants(), "participants");
        this.summary = Objects.requireNonNull(s.summary(), "summary");
        this.links = Objects.requireNonNull(s.links(), "links");
        this.loggedBy = Objects.requireNonNull(s.loggedBy(), "loggedBy");
        this.department = Objects.requireNonNull(s.department(), "department");
        this.loggedAt = Objects.requireNonNull(s.loggedAt(), "loggedAt");
    }

    /**
     * Logs an interaction that has happened (possibly some time before it is logged). The logging employee
     * owns it, in the department given.
     */
    public static Interaction log(InteractionId id, InteractionKind kind, InteractionChannel channel,
                                  Direction direction, Instant occurredAt, Participants participants,
                                  String summary, InteractionLinks links, DepartmentId department, Stamp stamp) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (occurredAt.isAfter(stamp.at())) {
            throw new InteractionInTheFuture(occurredAt, stamp.at());
        }
        Interaction interaction = new Interaction(new Snapshot(id, kind, channel, direction, occurredAt,
                participants == null ? Participants.none() : participants, validSummary(summary), links,
                stamp.by(), department, stamp.at()), 0);
        interaction.raise(new InteractionLogged(id, links.client(), kind, occurredAt, stamp.by(), stamp.at()));
        return interaction;
    }

    /** Rebuilds a stored interaction; raises no events. */
    public static Interaction restore(Snapshot s, long version) {
        return new Interaction(s, version);
    }

    public void correctSummary(String corrected, Stamp stamp) {
        String valid = validSummary(corrected);
        String previous = summary;
        summary = valid;
        raise(new InteractionSummaryCorrected(id(), previous, valid, stamp.by(), stamp.at()));
    }

    /** The employee who logged it. */
    @Override
    public EmployeeId owner() {
        return loggedBy;
    }

    @Override
    public DepartmentId department() {
        return department;
    }

    public InteractionKind kind() {
        return kind;
    }

    public InteractionChannel channel() {
        return channel;
    }

    public Direction direction() {
        return direction;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Participants participants() {
        return participants;
    }

    public String summary() {
        return summary;
    }

    public InteractionLinks links() {
        return links;
    }

    public EmployeeId loggedBy() {
        return loggedBy;
    }

    public Instant loggedAt() {
        return loggedAt;
    }

    public Snapshot snapshot() {
        return new Snapshot(id(), kind, channel, direction, occurredAt, participants, summary, links, loggedBy,
                department, loggedAt);
    }

    /** Every field of an interaction, for storage and for comparing states in tests. */
    public record Snapshot(InteractionId id, InteractionKind kind, InteractionChannel channel, Direction direction,
                           Instant occurredAt, Participants participants, String summary, InteractionLinks links,
                           EmployeeId loggedBy, DepartmentId department, Instant loggedAt) {
    }

    private static String validSummary(String summary) {
        if (summary == null || summary.isBlank()) {
            throw InvalidSummary.missing();
        }
        String stripped = summary.strip();
        if (stripped.length() > MAX_SUMMARY) {
            throw InvalidSummary.tooLong(stripped.length());
        }
        return stripped;
    }
}
