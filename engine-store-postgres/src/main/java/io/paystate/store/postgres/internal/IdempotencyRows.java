package io.paystate.store.postgres.internal;

import io.paystate.spi.RequestFingerprint;
import io.paystate.spi.StoredResponse;
import org.jspecify.annotations.Nullable;

/** How an idempotency key's fingerprint and response are stored: as JSON text. */
final class IdempotencyRows {
    private IdempotencyRows() {}

    static String fingerprint(RequestFingerprint fingerprint) {
        return RecordCodec.toJson(fingerprint, java.util.Set.of());
    }

    static RequestFingerprint fingerprint(String json) {
        return RecordCodec.decode(Json.read(json), RequestFingerprint.class);
    }

    static String response(StoredResponse response) {
        return RecordCodec.toJson(response, java.util.Set.of());
    }

    static @Nullable StoredResponse response(@Nullable String json) {
        return json == null ? null : RecordCodec.decode(Json.read(json), StoredResponse.class);
    }
}
