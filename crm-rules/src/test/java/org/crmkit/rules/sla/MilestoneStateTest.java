package org.crmkit.rules.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MilestoneStateTest {

    static final Duration FOUR_HOURS = Duration.ofHours(4);

    @Test
    void an_open_milestone_is_on_track_until_the_warning_share_is_used() {
        assertThat(MilestoneState.of(FOUR_HOURS, Duration.ofMinutes(191), false, 80)).isEqualTo(MilestoneState.ON_TRACK);
        assertThat(MilestoneState.of(FOUR_HOURS, Duration.ofMinutes(192), false, 80)).isEqualTo(MilestoneState.WARNING);
    }

    @Test
    void an_open_milestone_whose_target_is_used_up_is_violated() {
        assertThat(MilestoneState.of(FOUR_HOURS, FOUR_HOURS, false, 80)).isEqualTo(MilestoneState.VIOLATED);
    }

    @Test
    void a_milestone_done_on_or_before_target_is_met_and_after_it_stays_violated() {
        assertThat(MilestoneState.of(FOUR_HOURS, FOUR_HOURS, true, 80)).isEqualTo(MilestoneState.MET);
        assertThat(MilestoneState.of(FOUR_HOURS, FOUR_HOURS.plusSeconds(1), true, 80)).isEqualTo(MilestoneState.VIOLATED);
    }
}
