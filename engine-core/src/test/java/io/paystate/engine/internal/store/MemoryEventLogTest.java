package io.paystate.engine.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.CreateParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.EventPage;
import io.paystate.spi.EventQuery;
import io.paystate.spi.IdGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An account's events, newest first, with both cursors: while the log holds one account's events
 * (the log's order is then the account's), and after a second account's first event (each
 * account's positions kept apart from then on).
 */
final class MemoryEventLogTest {
    private static final AccountId A = AccountId.of("acct_a");
    private static final AccountId B = AccountId.of("acct_b");
    private static final PaymentIntent INTENT = PaymentEngine.builder().idGenerator(IdGenerator.seeded(1)).build()
            .create(CreateParams.builder(1000, "usd").build());

    private final MemoryEventLog log = new MemoryEventLog();
    private int sequence;

    private void append(AccountId account, String... ids) {
        for (String id : ids) {
            log.append(List.of(new PaymentEvent(EventId.of(id), EventType.PAYMENT_INTENT_CREATED,
                    Instant.ofEpochSecond(1_767_225_600L + sequence), account, INTENT, null, ++sequence, null, null)));
        }
    }

    private List<String> page(AccountId account, int limit) {
        return ids(log.query(account, new EventQuery(Set.of(), null, null, null, null, null, limit)));
    }

    private List<String> after(AccountId account, String cursor, int limit) {
        return ids(log.query(account, new EventQuery(Set.of(), null, null, null, EventId.of(cursor), null, limit)));
    }

    private List<String> before(AccountId account, String cursor, int limit) {
        return ids(log.query(account, new EventQuery(Set.of(), null, null, null, null, EventId.of(cursor), limit)));
    }

    private static List<String> ids(EventPage page) {
        return page.events().stream().map(e -> e.id().value()).toList();
    }

    @Test
    void query_oneAccount_pagesNewestFirstInBothDirections() {
        append(A, "evt_1", "evt_2", "evt_3", "evt_4", "evt_5");

        assertThat(page(A, 2)).containsExactly("evt_5", "evt_4");
        assertThat(log.query(A, new EventQuery(Set.of(), null, null, null, null, null, 2)).hasMore()).isTrue();
        assertThat(after(A, "evt_4", 2)).containsExactly("evt_3", "evt_2");
        assertThat(after(A, "evt_2", 5)).containsExactly("evt_1");
        assertThat(before(A, "evt_2", 2)).containsExactly("evt_4", "evt_3");
        assertThat(before(A, "evt_4", 5)).containsExactly("evt_5");
        assertThat(page(B, 10)).isEmpty();
        assertThat(after(B, "evt_3", 10)).isEmpty();
    }

    @Test
    void query_secondAccountAppears_eachAccountListsItsOwnEventsOnly() {
        append(A, "evt_a1", "evt_a2", "evt_a3");
        append(B, "evt_b1");
        append(A, "evt_a4");
        append(B, "evt_b2");

        assertThat(page(A, 10)).containsExactly("evt_a4", "evt_a3", "evt_a2", "evt_a1");
        assertThat(page(B, 10)).containsExactly("evt_b2", "evt_b1");
        assertThat(after(A, "evt_a4", 2)).containsExactly("evt_a3", "evt_a2");
        assertThat(before(A, "evt_a1", 2)).containsExactly("evt_a3", "evt_a2");
        assertThat(before(B, "evt_b1", 10)).containsExactly("evt_b2");
        assertThat(after(B, "evt_a3", 10)).as("a cursor of another account").isEmpty();
    }

    @Test
    void query_oldestDeletedBeforeASecondAccount_listsOnlyWhatIsLeft() {
        append(A, "evt_1", "evt_2", "evt_3", "evt_4");
        log.deleteUpTo(2);

        assertThat(page(A, 10)).containsExactly("evt_4", "evt_3");
        append(B, "evt_b1");
        append(A, "evt_5");

        assertThat(page(A, 10)).containsExactly("evt_5", "evt_4", "evt_3");
        assertThat(after(A, "evt_5", 10)).containsExactly("evt_4", "evt_3");
        assertThat(page(B, 10)).containsExactly("evt_b1");
        assertThat(log.size()).isEqualTo(4);
    }

    @Test
    void query_emptyLog_isEmpty() {
        assertThat(page(A, 10)).isEmpty();
    }
}
