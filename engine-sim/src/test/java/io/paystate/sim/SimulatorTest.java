package io.paystate.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.Currency;
import io.paystate.model.EventType;
import org.junit.jupiter.api.Test;

final class SimulatorTest {
    private static final Scenario SMALL = Scenario.defaults().withSize(3000, 12);

    private static long count(Summary s, EventType type) {
        return s.eventsByType.getOrDefault(type, 0L);
    }

    private static long finals(Summary s, String prefix) {
        return s.finalStatuses.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(java.util.Map.Entry::getValue).sum();
    }

    private static Summary run(Scenario scenario, long seed, int partitions, int threads) {
        return Simulator.run(RunParameters.of(scenario, seed, partitions, threads), n -> { });
    }

    private static MoneyFlows usd(Summary s) {
        return s.money.get(Currency.of("usd"));
    }

    @Test
    void run_sameSeed_sameSummaryWhateverTheThreads() {
        Summary one = run(SMALL, 7, 2, 1);
        Summary two = run(SMALL, 7, 2, 2);
        assertThat(two.deterministic()).isEqualTo(one.deterministic());
    }

    @Test
    void run_otherSeed_otherSummary() {
        assertThat(run(SMALL, 8, 2, 2).deterministic())
                .isNotEqualTo(run(SMALL, 7, 2, 2).deterministic());
    }

    @Test
    void run_countsFromTheStore_matchTheEnginesEvents() {
        Summary s = run(SMALL, 11, 2, 2);
        assertThat(s.intents).isEqualTo(3000);
        assertThat(count(s, EventType.PAYMENT_INTENT_CREATED)).isEqualTo(s.intents);
        assertThat(finals(s, "succeeded")).isEqualTo(count(s, EventType.PAYMENT_INTENT_SUCCEEDED));
        assertThat(finals(s, "canceled")).isEqualTo(count(s, EventType.PAYMENT_INTENT_CANCELED));
        assertThat(finals(s, "canceled (automatic)")).isEqualTo(count(s, EventType.CHARGE_EXPIRED));
        long all = s.finalStatuses.values().stream().mapToLong(Long::longValue).sum();
        assertThat(all).isEqualTo(s.intents);
        assertThat(s.declinesByCode.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(count(s, EventType.PAYMENT_INTENT_PAYMENT_FAILED));
    }

    @Test
    void run_defaultMix_exercisesEveryPath() {
        Summary s = run(SMALL, 3, 2, 2);
        assertThat(finals(s, "canceled (automatic)")).as("holds that expired").isPositive();
        assertThat(finals(s, "canceled (abandoned)")).as("abandoned 3-D Secure").isPositive();
        assertThat(count(s, EventType.PAYMENT_INTENT_PROCESSING)).as("SEPA debits").isPositive();
        assertThat(s.replays).as("idempotent replays").isPositive();
        assertThat(usd(s).expired).isPositive();
        assertThat(usd(s).expiredHolds).isEqualTo(finals(s, "canceled (automatic)"));
        assertThat(usd(s).captured).isLessThanOrEqualTo(usd(s).authorized);
    }
}
