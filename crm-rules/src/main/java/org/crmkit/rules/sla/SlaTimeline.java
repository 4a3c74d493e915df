package org.crmkit.rules.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When an SLA clock ran and when it stood still, as derived from a claim's own status history and nothing else.
 * Before the first transition the clock has not started. Repeated transitions to the same state are allowed
 * (two paused statuses in a row) and change nothing, so a history can be mapped status by status.
 */
public final class SlaTimeline {

    private static final SlaTimeline EMPTY = new SlaTimeline(List.of());

    private final List<ClockTransition> transitions;

    private SlaTimeline(List<ClockTransition> transitions) {
        this.transitions = transitions;
    }

    /** @throws IllegalArgumentException if the transitions go back in time */
    public static SlaTimeline of(List<ClockTransition> transitions) {
        List<ClockTransition> copy = List.copyOf(transitions);
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).at().isBefore(copy.get(i - 1).at())) {
                throw new IllegalArgumentException("clock transitions must be in time order: " + copy.get(i - 1) + " then " + copy.get(i));
            }
        }
        return new SlaTimeline(copy);
    }

    public static SlaTimeline notStarted() {
        return EMPTY;
    }

    public static SlaTimeline startedAt(Instant at) {
        return EMPTY.resumedAt(at);
    }

    /**
     * A timeline from consecutive status intervals. A gap between intervals counts as paused: the clock is
     * charged only for time the history says it ran.
     */
    public static SlaTimeline fromStatusIntervals(List<StatusInterval> intervals) {
        List<ClockTransition> transitions = new ArrayList<>();
        for (StatusInterval interval : intervals) {
            transitions.add(new ClockTransition(interval.from(), !interval.paused()));
            if (interval.to() != null) {
                transitions.add(ClockTransition.pausedFrom(interval.to()));
            }
        }
        return of(transitions);
    }

    public SlaTimeline pausedAt(Instant at) {
        return then(ClockTransition.pausedFrom(at));
    }

    public SlaTimeline resumedAt(Instant at) {
        return then(ClockTransition.runningFrom(at));
    }

    public List<ClockTransition> transitions() {
        return transitions;
    }

    /** Whether the clock runs at {@code at}, judged by the transitions up to and including it. */
    public boolean isRunningAt(Instant at) {
        boolean running = false;
        for (ClockTransition transition : transitions) {
            if (transition.at().isAfter(at)) {
                break;
            }
            running = transition.running();
        }
        return running;
    }

    /** The [from, to) spans in which the clock ran, cut off at {@code now}; later transitions are ignored. */
    List<RunningSpan> runningSpans(Instant now) {
        List<RunningSpan> spans = new ArrayList<>();
        Instant runningSince = null;
        for (ClockTransition transition : transitions) {
            if (transition.at().isAfter(now)) {
                break;
            }
            if (transition.running() && runningSince == null) {
                runningSince = transition.at();
            } else if (!transition.running() && runningSince != null) {
                spans.add(new RunningSpan(runningSince, transition.at()));
                runningSince = null;
            }
        }
        if (runningSince != null) {
            spans.add(new RunningSpan(runningSince, now));
        }
        return spans;
    }

    /** A stretch in which the clock ran, start inclusive, end exclusive. */
    record RunningSpan(Instant from, Instant to) {
    }

    private SlaTimeline then(ClockTransition transition) {
        Objects.requireNonNull(transition, "transition");
        List<ClockTransition> next = new ArrayList<>(transitions);
        next.add(transition);
        return of(next);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlaTimeline that && transitions.equals(that.transitions);
    }

    @Override
    public int hashCode() {
        return transitions.hashCode();
    }

    @Override
    public String toString() {
        return "SlaTimeline" + transitions;
    }
}
