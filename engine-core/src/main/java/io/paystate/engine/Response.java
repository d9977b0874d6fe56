package io.paystate.engine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A successful response: the body and what Stripe would send as headers.
 *
 * @param body the returned object
 * @param replayed whether this is an idempotent replay of an earlier response
 *     ({@code Idempotent-Replayed: true})
 * @param requestId the id of the request that produced the body ({@code Request-Id})
 * @param <T> the type of the body
 */
public record Response<T>(T body, boolean replayed, @Nullable String requestId) {
    /**
     * Throws {@link NullPointerException} if the body is null.
     *
     * @param body the returned object
     * @param replayed whether this is an idempotent replay of an earlier response
     * @param requestId the id of the request that produced the body ({@code Request-Id})
     */
    public Response {
        Objects.requireNonNull(body, "body");
    }
}
