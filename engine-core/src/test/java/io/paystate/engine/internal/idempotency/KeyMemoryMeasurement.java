package io.paystate.engine.internal.idempotency;

import io.paystate.model.AccountId;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.IdempotencyRecord;
import io.paystate.spi.RequestFingerprint;
import io.paystate.spi.StoredResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures the heap a remembered idempotency key costs in {@link CaffeineIdempotencyStore}, against
 * a plain {@link ConcurrentHashMap} holding the same records (the baseline), in the same run. Not a
 * unit test: run with
 * {@code mvn -q -pl engine-core -am test-compile exec:java} or directly with java on the test class
 * path (see docs/idempotency.md). The stored intent is shared by every key, so the figures are the
 * cost of the key and its bookkeeping, not of the response body.
 */
public final class KeyMemoryMeasurement {
    private KeyMemoryMeasurement() {}

    public static void main(String[] args) {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Instant now = Instant.ofEpochSecond(1_767_225_600L);
        PaymentIntent body = io.paystate.engine.PaymentEngine.builder().clock(InstantSource.fixed(now)).build()
                .create(io.paystate.engine.CreateParams.builder(1000, "usd").build());
        StoredResponse response = new StoredResponse(200, body, null, "req_12345678901234");
        AccountId account = AccountId.DEFAULT;

        long base = usedAfterGc();
        ConcurrentHashMap<String, IdempotencyRecord> baseline = new ConcurrentHashMap<>();
        for (int i = 0; i < keys; i++) {
            String key = UUID.nameUUIDFromBytes(Integer.toString(i).getBytes()).toString();
            baseline.put(key, new IdempotencyRecord(fingerprint(i), now, response));
        }
        long baselineBytes = usedAfterGc() - base;
        int baselineSize = baseline.size();
        baseline = null;

        base = usedAfterGc();
        CaffeineIdempotencyStore store = CaffeineIdempotencyStore.create(InstantSource.fixed(now), Duration.ofHours(24));
        for (int i = 0; i < keys; i++) {
            String key = UUID.nameUUIDFromBytes(Integer.toString(i).getBytes()).toString();
            store.claim(account, key, fingerprint(i), now);
            store.complete(account, key, response);
        }
        long storeBytes = usedAfterGc() - base;
        System.out.printf("keys: %d (baseline held %d, store %d)%n", keys, baselineSize, store.size());
        System.out.printf("baseline ConcurrentHashMap: %.0f bytes/key%n", (double) baselineBytes / keys);
        System.out.printf("CaffeineIdempotencyStore:   %.0f bytes/key (%.2fx the baseline)%n",
                (double) storeBytes / keys, (double) storeBytes / baselineBytes);
    }

    private static RequestFingerprint fingerprint(int i) {
        // a SHA-256 hex digest, as Fingerprints produces
        return new RequestFingerprint("create", null, String.format("%064x", (long) i * 2654435761L));
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
