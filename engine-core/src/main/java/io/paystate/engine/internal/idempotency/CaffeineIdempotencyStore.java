package io.paystate.engine.internal.idempotency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.paystate.model.AccountId;
import io.paystate.spi.IdempotencyRecord;
import io.paystate.spi.IdempotencyStore;
import io.paystate.spi.RequestFingerprint;
import io.paystate.spi.StoredResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;


/**
 * Idempotency keys in a Caffeine cache whose time is the engine clock.
 *
 * <ul>
 *   <li>The ticker reads the engine's {@link InstantSource}, clamped so it never goes backwards
 *       (Caffeine requires a monotonic ticker; a backward step would extend live entries).
 *   <li>An entry lives exactly {@code retention} from its first use: completing a key replaces its
 *       value, and the expiry policy keeps the remaining time instead of restarting it.
 *   <li>No maximum size: a size-evicted live key would let a retried payment run twice (ADR 4).
 *   <li>Maintenance runs on the calling thread ({@code executor(Runnable::run)}), so expiry is
 *       deterministic under a manual clock.
 *   <li>No operation runs inside a cache compute: the gate claims a key, runs, then completes it.
 * </ul>
 *
 * <p>Thread safety: safe for concurrent use; {@link #claim} is atomic per (account, key).
 */
public final class CaffeineIdempotencyStore implements IdempotencyStore {
    private record Key(AccountId account, String key) {}

    private final Cache<Key, IdempotencyRecord> cache;
    private final Duration retention;

    private CaffeineIdempotencyStore(InstantSource clock, Duration retention) {
        this.retention = retention;
        long retentionNanos = retention.toNanos();
        AtomicLong last = new AtomicLong(Long.MIN_VALUE);
        Ticker ticker = () -> last.accumulateAndGet(nanos(clock.instant()), Math::max);
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .expireAfter(new Expiry<Key, IdempotencyRecord>() {
                    @Override
                    public long expireAfterCreate(Key key, IdempotencyRecord value, long currentTime) {
                        return retentionNanos;
                    }

                    @Override
                    public long expireAfterUpdate(Key key, IdempotencyRecord value, long currentTime,
                            long currentDuration) {
                        return currentDuration;
                    }

                    @Override
                    public long expireAfterRead(Key key, IdempotencyRecord value, long currentTime,
                            long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    /** Returns a store on this clock that remembers each key for {@code retention} after its first use. */
    public static CaffeineIdempotencyStore create(InstantSource clock, Duration retention) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
        return new CaffeineIdempotencyStore(clock, retention);
    }

    private static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    private boolean live(IdempotencyRecord record, Instant now) {
        return now.isBefore(record.firstUsed().plus(retention));
    }

    @Override
    public Optional<IdempotencyRecord> claim(AccountId account, String key, RequestFingerprint fingerprint,
            Instant now) {
        IdempotencyRecord[] existing = new IdempotencyRecord[1];
        // only a record is created inside compute: the operation runs outside, after the claim
        cache.asMap().compute(new Key(account, key), (k, current) -> {
            if (current != null && live(current, now)) {
                existing[0] = current;
                return current;
            }
            return new IdempotencyRecord(fingerprint, now, null);
        });
        return Optional.ofNullable(existing[0]);
    }

    @Override
    public void complete(AccountId account, String key, StoredResponse response) {
        cache.asMap().computeIfPresent(new Key(account, key),
                (k, current) -> new IdempotencyRecord(current.fingerprint(), current.firstUsed(), response));
    }

    @Override
    public void release(AccountId account, String key) {
        cache.asMap().computeIfPresent(new Key(account, key), (k, current) -> current.inProgress() ? null : current);
    }

    @Override
    public int expire(Instant now) {
        long before = cache.estimatedSize();
        cache.cleanUp();
        return (int) Math.max(0, before - cache.estimatedSize());
    }

    /** Returns how many keys are remembered (an estimate, as Caffeine's). */
    public long size() {
        return cache.estimatedSize();
    }

    @Override
    public String toString() {
        return "CaffeineIdempotencyStore[retention=" + retention + ", size=" + cache.estimatedSize() + "]";
    }
}
