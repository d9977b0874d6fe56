package io.paystate.store.postgres.internal;

import io.paystate.spi.RequestFingerprint;
import io.paystate.spi.StoredResponse;
import org.jspecify.annotations.Nullable;

/** How an idempotency key's fingerprint and response are stored: as JSON text. */
final class IdempotencyRows {
    private IdempotencyRows() {}

    static String fingerprint(RequestFingerprint fingerprint) {
        return Json.write(RecordCodec.encode(fingerprint));
    }

    static RequestFingerprint fingerprint(String json) {
        return RecordCodec.decode(Json.read(json), RequestFingerprint.class);
    }

    static String response(StoredResponse response) {
        return Json.write(RecordCodec.encode(response));
    }

    static @Nullable StoredResponse response(@Nullable String json) {
        return json == null ? null : RecordCodec.decode(Json.read(json), StoredResponse.class);
    }
}
