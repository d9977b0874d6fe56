package io.paystate.engine.internal.fsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.engine.internal.Outcome;
import io.paystate.engine.internal.SetupTransition;
import io.paystate.engine.internal.SetupTransitionRejectedException;
import io.paystate.engine.internal.SetupTransitionTable;
import io.paystate.engine.internal.SetupTrigger;
import io.paystate.model.SetupIntentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The squirrel machine generated from the SetupIntent table agrees with it, and declines translate to our type. */
final class SquirrelSetupTransitionRunnerTest {
    private final SetupTransitionTable table = SetupTransitionTable.instance();
    private final SquirrelSetupTransitionRunner runner = SquirrelSetupTransitionRunner.create(table);

    @Test
    void fire_everyTransitionOfTheTable_reachesItsTarget() {
        for (SetupTransition t : table.transitions()) {
            assertThat(runner.fire(t)).as(t.toString()).isEqualTo(t.to());
        }
    }

    @Test
    void fire_pairNotInTheTable_isRejectedWithOurException() {
        int rejected = 0;
        for (SetupIntentStatus status : SetupIntentStatus.values()) {
            for (SetupTrigger trigger : SetupTrigger.values()) {
                if (table.allows(status, trigger)) {
                    continue;
                }
                SetupTransition bogus = new SetupTransition(status, trigger, Outcome.DONE, status, List.of());
                assertThatThrownBy(() -> runner.fire(bogus)).isInstanceOfSatisfying(
                        SetupTransitionRejectedException.class, e -> {
                            assertThat(e.from()).isEqualTo(status);
                            assertThat(e.trigger()).isEqualTo(trigger);
                        });
                rejected++;
            }
        }
        assertThat(rejected).isGreaterThan(10);
    }

    @Test
    void fire_allowedTriggerWithAnOutcomeNotInTheTable_isRejected() {
        SetupTransition unknown = new SetupTransition(SetupIntentStatus.REQUIRES_ACTION, SetupTrigger.CANCEL,
                Outcome.HELD, SetupIntentStatus.CANCELED, List.of());
        assertThatThrownBy(() -> runner.fire(unknown)).isInstanceOf(SetupTransitionRejectedException.class);
    }
}
