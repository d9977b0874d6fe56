package io.paystate.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.EventId;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentCancellationReason;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.SetupIntentEventType;
import io.paystate.model.SetupIntentId;
import io.paystate.model.SetupIntentStatus;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.LoggedSetupIntentEvent;
import io.paystate.spi.SetupIntentCommit;
import io.paystate.spi.SetupIntentStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredSetupIntent;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The SetupIntents' log under concurrent commits: positions of its own, dense from 1, every read a
 * prefix; a commit that wrote nothing gave no position away; and its commits never wait for the
 * other logs' heads.
 */
final class SetupIntentLogTest {
    private static final AccountId ACCOUNT = AccountId.of("acct_seti_logs");
    private static final Instant T0 = Instant.ofEpochSecond(1_767_225_600L);
    private static final int PER_WRITER = 40;

    private static SetupIntent setupIntent(String id, SetupIntentStatus status,
            @Nullable SetupIntentCancellationReason reason) {
        return new SetupIntent(SetupIntentId.of(id), id + "_secret_x", status, T0, CustomerId.of("cus_logs"), null,
                SetupFutureUsage.OFF_SESSION, List.of("card"), null, Map.of(), null, null, reason, null,
                ThreeDSecureRequest.AUTOMATIC);
    }

    private static SetupIntentEvent event(SetupIntent si, SetupIntentEventType type, long sequence) {
        return new SetupIntentEvent(EventId.of("evt_" + si.id().value() + "_" + sequence), type, T0, ACCOUNT, si,
                sequence, null, null);
    }

    private static StoredSetupIntent create(SetupIntentStore store, String id) {
        SetupIntent si = setupIntent(id, SetupIntentStatus.REQUIRES_PAYMENT_METHOD, null);
        return store.commit(new SetupIntentCommit(new StoredSetupIntent(ACCOUNT, si, 0, 0, 1, null, 0),
                List.of(event(si, SetupIntentEventType.SETUP_INTENT_CREATED, 1))));
    }

    private static SetupIntentCommit cancel(StoredSetupIntent at) {
        SetupIntent canceled = setupIntent(at.setupIntent().id().value(), SetupIntentStatus.CANCELED,
                SetupIntentCancellationReason.ABANDONED);
        return new SetupIntentCommit(at.with(canceled, 2, null, 0),
                List.of(event(canceled, SetupIntentEventType.SETUP_INTENT_CANCELED, 2)));
    }

    @Test
    void readLog_concurrentCommits_denseFromOneAndEveryReadAPrefix() throws Exception {
        SetupIntentStore store = TestDatabase.freshStores("seti_logs").setupIntentStore();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < PER_WRITER; i++) {
                    store.commit(cancel(create(store, "seti_" + writer + "_" + i)));
                }
            }));
        }
        int expected = 3 * 2 * PER_WRITER;
        long read = 0;
        Set<String> ids = new HashSet<>();
        // reads while the writers commit: every batch must continue exactly where the last one ended
        while (read < expected) {
            // checked before the read: a read after every writer finished sees every commit
            boolean finished = done.stream().allMatch(Future::isDone);
            List<LoggedSetupIntentEvent> batch = store.readLog(read, 7);
            for (LoggedSetupIntentEvent e : batch) {
                assertThat(e.position()).isEqualTo(++read);
                assertThat(ids.add(e.event().id().value())).isTrue();
            }
            if (batch.isEmpty() && finished) {
                break;
            }
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();
        assertThat(read).isEqualTo(expected);
        Map<SetupIntentId, Long> lastSequence = new HashMap<>();
        for (LoggedSetupIntentEvent e : store.readLog(0, 1000)) {
            long previous = lastSequence.getOrDefault(e.event().setupIntentId(), 0L);
            assertThat(e.event().sequence()).isEqualTo(previous + 1);
            lastSequence.put(e.event().setupIntentId(), e.event().sequence());
        }
        assertThat(lastSequence).hasSize(3 * PER_WRITER).allSatisfy((id, last) -> assertThat(last).isEqualTo(2L));
    }

    @Test
    void commit_lostInsertOrUpdateWithEvents_givesNoPositionAway() {
        SetupIntentStore store = TestDatabase.freshStores("seti_logs").setupIntentStore();
        StoredSetupIntent a = create(store, "seti_a");
        assertThatThrownBy(() -> create(store, "seti_a")).isInstanceOf(StoreConflictException.class);
        store.commit(cancel(a));
        assertThatThrownBy(() -> store.commit(cancel(a))).isInstanceOf(StoreConflictException.class);
        create(store, "seti_b");
        assertThat(store.readLog(0, 10)).extracting(LoggedSetupIntentEvent::position).containsExactly(1L, 2L, 3L);
        assertThat(store.find(ACCOUNT, a.setupIntent().id())).hasValueSatisfying(s -> {
            assertThat(s.version()).isEqualTo(2);
            assertThat(s.setupIntent().cancellationReason()).isEqualTo(SetupIntentCancellationReason.ABANDONED);
        });
    }

    @Test
    void commit_otherLogsHeadsLocked_doesNotWaitForThem() throws Exception {
        PostgresStores stores = TestDatabase.freshStores("seti_heads");
        stores.setupIntentStore().readLog(0, 1); // checks the schema before the heads are held
        String s = stores.intentStore().toString();
        String own = s.substring(s.indexOf('[') + 1, s.indexOf(']'));
        ExecutorService committer = Executors.newSingleThreadExecutor();
        try (Connection holder = TestDatabase.pool().getConnection(); Statement st = holder.createStatement()) {
            holder.setAutoCommit(false);
            // the intents', customers' and payment methods' heads, held until the rollback below
            st.execute("SELECT last_position FROM \"" + own + "\".ps_log_head WHERE id IN (1, 2, 3) FOR UPDATE");
            Future<StoredSetupIntent> commit = committer.submit(() -> create(stores.setupIntentStore(), "seti_free"));
            try {
                assertThat(commit.get(30, TimeUnit.SECONDS).version()).isEqualTo(1);
            } finally {
                holder.rollback();
            }
        } finally {
            committer.shutdownNow();
        }
        assertThat(stores.setupIntentStore().readLog(0, 10)).extracting(LoggedSetupIntentEvent::position)
                .containsExactly(1L);
    }
}
