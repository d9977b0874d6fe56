package io.paystate.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.StripeEvent;
import io.paystate.spi.ObjectEventPage;
import io.paystate.spi.ObjectEventQuery;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import java.util.function.ObjLongConsumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The checks every object log passes, shared by the customer, payment method and SetupIntent
 * contracts: its delivered positions, and its {@code queryEvents} given an account holding three
 * events, newest first {@code e3, e2, e1} (e2 of another object than e1 and e3, e3 alone of type
 * {@code laterType}, e1 created before the others), and another account holding one event.
 */
final class ObjectEventQueryChecks {
    private ObjectEventQueryChecks() {}

    static void check(BiFunction<AccountId, ObjectEventQuery, ObjectEventPage<? extends StripeEvent>> store,
            AccountId account, AccountId other, List<String> newestFirst, String laterType, String objectOfFirst,
            String otherAccountsEvent) {
        String e3 = newestFirst.get(0);
        String e2 = newestFirst.get(1);
        String e1 = newestFirst.get(2);
        assertThat(ids(store.apply(account, query(Set.of(), null, null, 10)))).containsExactly(e3, e2, e1);
        ObjectEventPage<? extends StripeEvent> first = store.apply(account, query(Set.of(), null, null, 2));
        assertThat(ids(first)).containsExactly(e3, e2);
        assertThat(first.hasMore()).isTrue();
        ObjectEventPage<? extends StripeEvent> rest = store.apply(account, query(Set.of(), EventId.of(e2), null, 2));
        assertThat(ids(rest)).containsExactly(e1);
        assertThat(rest.hasMore()).isFalse();
        ObjectEventPage<? extends StripeEvent> newer = store.apply(account, query(Set.of(), null, EventId.of(e1), 1));
        assertThat(ids(newer)).containsExactly(e2);
        assertThat(newer.hasMore()).isTrue();
        assertThat(ids(store.apply(account, query(Set.of(laterType), null, null, 10)))).containsExactly(e3);
        assertThat(ids(store.apply(account, new ObjectEventQuery(Set.of(), null, null, objectOfFirst, null, null,
                10)))).containsExactly(e3, e1);
        assertThat(ids(store.apply(account, query(Set.of(), EventId.of(otherAccountsEvent), null, 10)))).isEmpty();
        assertThat(ids(store.apply(other, query(Set.of(), null, null, 10)))).containsExactly(otherAccountsEvent);
        Instant created = store.apply(account, query(Set.of(), null, null, 10)).events().get(2).created();
        assertThat(ids(store.apply(account, new ObjectEventQuery(Set.of(), null, created, null, null, null, 10))))
                .contains(e1);
        assertThat(ids(store.apply(account, new ObjectEventQuery(Set.of(), created.plusSeconds(1), null, null, null,
                null, 10)))).doesNotContain(e1);
    }

    /** What the retention check reads and deletes of one log. */
    record RetainedLog(BiFunction<Instant, Integer, Integer> deleteBefore, LongFunction<List<Long>> positionsAfter,
            Predicate<String> found) {}

    /**
     * Retention of a log holding three events, oldest first, the third created at or after
     * {@code cutoff} and the other two before it: deleted as a prefix, in batches of the limit, later
     * positions unchanged.
     */
    static void checkRetention(RetainedLog log, Instant cutoff, List<String> oldestFirst) {
        assertThat(log.deleteBefore().apply(cutoff, 1)).isEqualTo(1);
        assertThat(log.found().test(oldestFirst.get(0))).isFalse();
        assertThat(log.found().test(oldestFirst.get(1))).isTrue();
        assertThat(log.deleteBefore().apply(cutoff, 10)).isEqualTo(1);
        assertThat(log.deleteBefore().apply(cutoff, 10)).isZero();
        assertThat(log.positionsAfter().apply(0)).containsExactly(3L);
        assertThat(log.positionsAfter().apply(3)).isEmpty();
        assertThat(log.found().test(oldestFirst.get(1))).isFalse();
        assertThat(log.found().test(oldestFirst.get(2))).isTrue();
    }

    /** A log's delivered positions: 0 for a subscriber never seen, and they only grow. */
    static void checkPositions(ToLongFunction<String> delivered, ObjLongConsumer<String> save) {
        assertThat(delivered.applyAsLong("sub")).isZero();
        save.accept("sub", 5);
        save.accept("sub", 3);
        assertThat(delivered.applyAsLong("sub")).isEqualTo(5);
        assertThat(delivered.applyAsLong("other")).isZero();
    }

    private static ObjectEventQuery query(Set<String> types, @Nullable EventId after, @Nullable EventId before,
            int limit) {
        return new ObjectEventQuery(types, null, null, null, after, before, limit);
    }

    static List<String> ids(ObjectEventPage<? extends StripeEvent> page) {
        return page.events().stream().map(e -> e.id().value()).toList();
    }
}
