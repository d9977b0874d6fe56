package io.paystate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.Currency;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.FundsMovement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request's processor decisions: asked once per terms, approvals recorded or handed back in order. */
final class DecisionsTest {
    private final List<String> asked = new ArrayList<>();
    private int minted;

    private Decisions.Decided<String> decide(Decisions decisions, String kind, Object terms) {
        return decisions.decide(kind, terms, () -> "att_" + ++minted, attemptId -> {
            asked.add(kind + " " + terms + " " + attemptId);
            return "answer to " + attemptId;
        });
    }

    private static FundsMovement approval(String attemptId) {
        return new FundsMovement(AccountId.of("acct_1"), PaymentIntentId.of("pi_1"), attemptId, 100, Currency.of("usd"));
    }

    @Test
    void decide_sameKindAndEqualTerms_asksTheProcessorOnce() {
        Decisions decisions = new Decisions();

        Decisions.Decided<String> first = decide(decisions, "authorize", List.of(100L, "usd"));
        Decisions.Decided<String> again = decide(decisions, "authorize", List.of(100L, "usd"));

        assertThat(again).isSameAs(first);
        assertThat(asked).containsExactly("authorize [100, usd] att_1");
        assertThat(decisions.processorReached()).isTrue();
    }

    @Test
    void decide_otherKind_asksAgainAndKeepsBoth() {
        Decisions decisions = new Decisions();

        decide(decisions, "authorize", "t");
        decide(decisions, "increment", "t");
        Decisions.Decided<String> authorizeAgain = decide(decisions, "authorize", "t");

        assertThat(asked).containsExactly("authorize t att_1", "increment t att_2");
        assertThat(authorizeAgain.attemptId()).isEqualTo("att_1");
    }

    @Test
    void decide_sameKindOtherTerms_asksAgainAndSupersedesTheEarlierApproval() {
        Decisions decisions = new Decisions();
        Decisions.Decided<String> first = decide(decisions, "authorize", "100 usd");
        decisions.approved(approval(first.attemptId()));

        Decisions.Decided<String> second = decide(decisions, "authorize", "200 usd");
        decisions.approved(approval(second.attemptId()));
        decisions.recorded();

        assertThat(second.attemptId()).isEqualTo("att_2");
        assertThat(decide(decisions, "authorize", "200 usd")).isSameAs(second);
        assertThat(decisions.takeUnrecorded()).extracting(FundsMovement::attemptId).containsExactly("att_1");
        assertThat(decisions.takeUnrecorded()).isEmpty();
    }

    @Test
    void approved_sameAttemptTwice_keepsItOnceInItsFirstPlace() {
        Decisions decisions = new Decisions();

        decisions.approved(approval("att_a"));
        decisions.approved(approval("att_b"));
        decisions.approved(approval("att_a"));

        assertThat(decisions.takeUnrecorded()).extracting(FundsMovement::attemptId).containsExactly("att_a", "att_b");
    }

    @Test
    void decide_processorNotReached_leavesTheRequestUnreachedAndRemembersNothing() {
        Decisions decisions = new Decisions();

        assertThatThrownBy(() -> decisions.decide("authorize", "t", () -> "att_x", attemptId -> {
            throw new ProcessorGateway.NotReached(new IllegalStateException("busy"));
        })).isInstanceOf(ProcessorGateway.NotReached.class);

        assertThat(decisions.processorReached()).isFalse();
        decide(decisions, "authorize", "t");
        assertThat(asked).containsExactly("authorize t att_1");
    }
}
