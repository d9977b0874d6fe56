package io.paystate.model;

import org.jspecify.annotations.Nullable;

/**
 * The card options of {@code payment_method_options.card} that affect the lifecycle.
 *
 * @param captureMethod overrides the intent's capture method for cards ({@code manual} only on Stripe)
 * @param requestIncrementalAuthorization whether incremental authorization was requested
 * @param requestExtendedAuthorization whether an extended (30-day) authorization was requested
 * @param requestThreeDSecure when to request 3-D Secure
 * @param setupFutureUsage overrides the intent's setup_future_usage for cards
 */
public record CardOptions(
        @Nullable CaptureMethod captureMethod,
        @Nullable AuthorizationRequest requestIncrementalAuthorization,
        @Nullable AuthorizationRequest requestExtendedAuthorization,
        @Nullable ThreeDSecureRequest requestThreeDSecure,
        @Nullable SetupFutureUsage setupFutureUsage) {
    /** Options with nothing set. */
    public static final CardOptions NONE = new CardOptions(null, null, null, null, null);

    /**
     * Returns true when incremental authorization was requested with {@code if_available}.
     *
     * @return true when incremental authorization was requested with {@code if_available}
     */
    public boolean incrementalAuthorizationRequested() {
        return requestIncrementalAuthorization == AuthorizationRequest.IF_AVAILABLE;
    }

    /**
     * Returns true when an extended authorization was requested with {@code if_available}.
     *
     * @return true when an extended authorization was requested with {@code if_available}
     */
    public boolean extendedAuthorizationRequested() {
        return requestExtendedAuthorization == AuthorizationRequest.IF_AVAILABLE;
    }

    /**
     * Returns true when no option is set.
     *
     * @return true when no option is set
     */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
