package io.paystate.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a partition keeps while it runs: only what a later step of the run can still touch. */
final class PartitionTest {
    private static final Scenario SMALL = Scenario.defaults().withSize(3000, 12);

    private static Partition ran(long seed) {
        Partition p = new Partition(SMALL, seed, 0, 1, Simulator.START, false);
        p.run(n -> { });
        return p;
    }

    @Test
    void run_declinesNeverRetried_setAsideYetCountedOpen() {
        Partition p = ran(5);
        Summary s = Summary.of(RunParameters.of(SMALL, 5, 1, 1), List.of(p));
        long open = s.finalStatuses.getOrDefault("requires_payment_method (open)", 0L);
        assertThat(open).as("declines left open").isPositive();
        assertThat(s.liveAtEnd).isEqualTo(p.store.liveCount());
        // the card declines nobody retries are set aside; a debit that failed on settlement is not
        // (the sweep moved it, the run never saw it), so some open intents are still held
        assertThat((long) p.store.heldCount()).isPositive().isLessThan(p.store.liveCount());
    }

    @Test
    void run_tallyFollowsExactlyTheIntentsTheStoreHolds() {
        // every finished or set-aside intent is forgotten by both, or a long run's memory would grow with it
        Partition p = ran(9);
        assertThat(p.tally.followedIntents()).isEqualTo(p.store.heldCount());
    }
}
