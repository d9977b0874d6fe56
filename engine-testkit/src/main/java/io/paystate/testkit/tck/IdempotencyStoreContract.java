package io.paystate.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.AccountId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.spi.IdempotencyRecord;
import io.paystate.spi.IdempotencyStore;
import io.paystate.spi.RequestFingerprint;
import io.paystate.spi.StoredResponse;
import io.paystate.testkit.ManualClock;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link IdempotencyStore} (TCK): extend it with {@link #createStore} returning an
 * empty store on the given clock and retention (24 hours here). Covers: claim, in-progress and
 * completed records, release; the first request's fingerprint and time returned unchanged for any
 * later claim; retention counted from the first use to the instant (live before, free at exactly
 * {@code firstUsed + retention}, with or without {@code expire}), not restarted by completion;
 * {@code expire} forgetting only dead keys; accounts isolated; exactly one of several concurrent
 * claims winning (threads started by a latch, no sleeps).
 *
 * <p>Each test gets a fresh store; the clock is a {@link ManualClock} the tests move.
 */
public abstract class IdempotencyStoreContract {
    private static final AccountId ACCOUNT = AccountId.of("acct_tck");
    private static final Duration RETENTION = Duration.ofHours(24);
    private static final RequestFingerprint CREATE = new RequestFingerprint("create", null, "digest-1");

    private final ManualClock clock = new ManualClock();
    /** The store under test, fresh for each test. */
    protected IdempotencyStore store;

    /**
     * Returns a new, empty store that reads {@code clock} and keeps keys for {@code retention}.
     *
     * @param clock the clock
     * @param retention the retention
     * @return a new, empty store that reads {@code clock} and keeps keys for {@code retention}
     */
    protected abstract IdempotencyStore createStore(InstantSource clock, Duration retention);

    @BeforeEach
    void setUpStore() {
        store = createStore(clock, RETENTION);
    }

    private static StoredResponse error() {
        return new StoredResponse(402, null, new StoredResponse.Error(ErrorType.CARD_ERROR, ErrorCode.CARD_DECLINED,
                "Your card was declined.", null, "generic_decline", null, null), "req_1");
    }

    @Test
    void claim_newKey_isClaimedThenInProgress() {
        assertThat(store.claim(ACCOUNT, "k", CREATE, clock.instant())).isEmpty();
        Optional<IdempotencyRecord> again = store.claim(ACCOUNT, "k", CREATE, clock.instant());
        assertThat(again).hasValueSatisfying(r -> {
            assertThat(r.inProgress()).isTrue();
            assertThat(r.fingerprint()).isEqualTo(CREATE);
        });
    }

    @Test
    void complete_remembersTheResponse() {
        store.claim(ACCOUNT, "k", CREATE, clock.instant());
        store.complete(ACCOUNT, "k", error());
        assertThat(store.claim(ACCOUNT, "k", CREATE, clock.instant()))
                .hasValueSatisfying(r -> assertThat(r.response()).isEqualTo(error()));
    }

    @Test
    void complete_withACustomerBody_remembersIt() {
        StoredResponse created = StoredResponse.of(new io.paystate.model.Customer(
                io.paystate.model.CustomerId.of("cus_tck"), java.time.Instant.ofEpochSecond(1_767_225_600L),
                "jenny@example.com", "Jenny Rosen", null, java.util.Map.of("k", "v"), null, false), "req_2");
        store.claim(ACCOUNT, "k", CREATE, clock.instant());
        store.complete(ACCOUNT, "k", created);
        assertThat(store.claim(ACCOUNT, "k", CREATE, clock.instant()))
                .hasValueSatisfying(r -> assertThat(r.response()).isEqualTo(created));
    }

    @Test
    void release_forgetsAnInProgressKey() {
        store.claim(ACCOUNT, "k", CREATE, clock.instant());
        store.release(ACCOUNT, "k");
        assertThat(store.claim(ACCOUNT, "k", CREATE, clock.instant())).isEmpty();
    }

    @Test
    void key_liveUntilExactlyTheRetention_notRestartedByCompletion() {
        store.claim(ACCOUNT, "k", CREATE, clock.instant());
        clock.advance(RETENTION.minusSeconds(1));
        store.complete(ACCOUNT, "k", error());
        assertThat(store.claim(ACCOUNT, "k", CREATE, clock.instant())).isPresent();
        clock.advanceSeconds(1);
        store.expire(clock.instant());
        assertThat(store.claim(ACCOUNT, "k", CREATE, clock.instant())).isEmpty();
    }

    @Test
    void claim_knownKey_returnsTheFirstRequestAndChangesNothing() {
        java.time.Instant first = clock.instant();
        store.claim(ACCOUNT, "k", CREATE, first);
        clock.advance(Duration.ofHours(1));
        RequestFingerprint other = new RequestFingerprint("create", null, "digest-2");
        assertThat(store.claim(ACCOUNT, "k", other, clock.instant())).hasValueSatisfying(r -> {
            assertThat(r.fingerprint()).isEqualTo(CREATE);
            assertThat(r.firstUsed()).isEqualTo(first);
        });
        assertThat(store.claim(ACCOUNT, "k", CREATE, clock.instant()))
                .hasValueSatisfying(r -> assertThat(r.fingerprint()).isEqualTo(CREATE));
    }

    @Test
    void claim_atTheEndOfRetention_claimsAfreshWithoutExpire() {
        store.claim(ACCOUNT, "k", CREATE, clock.instant());
        store.complete(ACCOUNT, "k", error());
        clock.advance(RETENTION);
        RequestFingerprint other = new RequestFingerprint("create", null, "digest-2");
        assertThat(store.claim(ACCOUNT, "k", other, clock.instant())).isEmpty();
        assertThat(store.claim(ACCOUNT, "k", CREATE, clock.instant())).hasValueSatisfying(r -> {
            assertThat(r.inProgress()).isTrue();
            assertThat(r.fingerprint()).isEqualTo(other);
            assertThat(r.firstUsed()).isEqualTo(clock.instant());
        });
    }

    @Test
    void expire_forgetsOnlyKeysPastTheirRetention_andCountsThem() {
        store.claim(ACCOUNT, "old", CREATE, clock.instant());
        store.complete(ACCOUNT, "old", error());
        clock.advance(Duration.ofHours(12));
        store.claim(ACCOUNT, "young", CREATE, clock.instant());
        clock.advance(Duration.ofHours(12));
        assertThat(store.expire(clock.instant())).isEqualTo(1);
        assertThat(store.claim(ACCOUNT, "young", CREATE, clock.instant())).isPresent();
        assertThat(store.claim(ACCOUNT, "old", CREATE, clock.instant())).isEmpty();
    }

    @Test
    void keys_ofDifferentAccounts_areIndependent() {
        store.claim(ACCOUNT, "k", CREATE, clock.instant());
        assertThat(store.claim(AccountId.of("acct_other"), "k", CREATE, clock.instant())).isEmpty();
    }

    @Test
    void claim_concurrentlyOnOneKey_exactlyOneClaims() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger claimed = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                if (store.claim(ACCOUNT, "race", CREATE, clock.instant()).isEmpty()) {
                    claimed.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(claimed.get()).isEqualTo(1);
    }
}
