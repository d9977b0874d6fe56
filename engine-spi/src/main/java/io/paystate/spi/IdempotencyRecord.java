package io.paystate.spi;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link IdempotencyStore} remembers of one key.
 *
 * @param fingerprint the first request made with the key
 * @param firstUsed when the key was first used, by the engine clock
 * @param response the outcome, or null while the first request still runs
 */
public record IdempotencyRecord(RequestFingerprint fingerprint, Instant firstUsed, @Nullable StoredResponse response) {
    /**
     * Throws {@link NullPointerException} if a required component is null.
     *
     * @param fingerprint the first request made with the key
     * @param firstUsed when the key was first used, by the engine clock
     * @param response the outcome, or null while the first request still runs
     */
    public IdempotencyRecord {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(firstUsed, "firstUsed");
    }

    /**
     * Returns true while the first request with the key still runs.
     *
     * @return true while the first request with the key still runs
     */
    public boolean inProgress() {
        return response == null;
    }
}
