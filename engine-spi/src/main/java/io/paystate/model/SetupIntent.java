package io.paystate.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SetupIntent: the setting up of a payment method for future payments without charging it now.
 * Only the engine produces new states; the record checks that every instance is consistent
 * ({@code requires_action} has a next action, only {@code canceled} has a cancellation reason, a
 * payment method is there from {@code requires_confirmation} on).
 *
 * <p>The properties of Stripe's object that PayState cannot know are rendered by the wire layer as
 * Stripe shows them for a plain test-mode intent ({@code application}, {@code on_behalf_of},
 * {@code mandate}, {@code single_use_mandate}, {@code flow_directions}, {@code attach_to_self}:
 * null; {@code livemode}: false).
 *
 * @param id the id, {@code seti_...}
 * @param clientSecret {@code <id>_secret_<random>}, for client-side confirmation
 * @param status the status
 * @param created engine-clock time of creation
 * @param customer the customer the payment method is attached to on success, or null
 * @param paymentMethod the payment method being set up, or null
 * @param usage how the payment method will be used: {@code off_session} by default
 * @param paymentMethodTypes the payment method types this SetupIntent may use
 * @param description an arbitrary string, or null
 * @param metadata the host's key-value pairs
 * @param lastSetupError the error of the last failed setup attempt, or null
 * @param nextAction what the customer must do in {@code requires_action}, else null
 * @param cancellationReason why it was canceled, or null
 * @param latestAttempt the id of the latest setup attempt ({@code setatt_...}), or null before any
 * @param requestThreeDSecure {@code payment_method_options[card][request_three_d_secure]}
 */
public record SetupIntent(
        SetupIntentId id,
        String clientSecret,
        SetupIntentStatus status,
        Instant created,
        @Nullable CustomerId customer,
        @Nullable PaymentMethodId paymentMethod,
        SetupFutureUsage usage,
        List<String> paymentMethodTypes,
        @Nullable String description,
        Map<String, String> metadata,
        @Nullable LastSetupError lastSetupError,
        @Nullable NextAction nextAction,
        @Nullable SetupIntentCancellationReason cancellationReason,
        @Nullable String latestAttempt,
        ThreeDSecureRequest requestThreeDSecure) {
    /**
     * Copies the collections; throws {@link IllegalArgumentException} if the fields contradict the status.
     *
     * @param id the id, {@code seti_...}
     * @param clientSecret {@code <id>_secret_<random>}
     * @param status the status
     * @param created engine-clock time of creation
     * @param customer the customer, or null
     * @param paymentMethod the payment method being set up, or null
     * @param usage how the payment method will be used
     * @param paymentMethodTypes the payment method types this SetupIntent may use, not empty
     * @param description an arbitrary string, or null
     * @param metadata the host's key-value pairs
     * @param lastSetupError the error of the last failed setup attempt, or null
     * @param nextAction what the customer must do in {@code requires_action}, else null
     * @param cancellationReason why it was canceled, or null
     * @param latestAttempt the id of the latest setup attempt, or null
     * @param requestThreeDSecure the 3-D Secure request of card setups
     */
    public SetupIntent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(requestThreeDSecure, "requestThreeDSecure");
        paymentMethodTypes = List.copyOf(paymentMethodTypes);
        metadata = Map.copyOf(metadata);
        if (!clientSecret.startsWith(id.value() + "_secret_")) {
            throw new IllegalArgumentException("the client secret must start with " + id + "_secret_");
        }
        if (paymentMethodTypes.isEmpty()) {
            throw new IllegalArgumentException("paymentMethodTypes must not be empty");
        }
        if ((status == SetupIntentStatus.REQUIRES_ACTION) != (nextAction != null)) {
            throw new IllegalArgumentException("a SetupIntent has a next action exactly when it requires action");
        }
        if (cancellationReason != null && status != SetupIntentStatus.CANCELED) {
            throw new IllegalArgumentException("only a canceled SetupIntent has a cancellation reason");
        }
        boolean needsMethod = status == SetupIntentStatus.REQUIRES_CONFIRMATION
                || status == SetupIntentStatus.REQUIRES_ACTION || status == SetupIntentStatus.PROCESSING
                || status == SetupIntentStatus.SUCCEEDED;
        if (needsMethod && paymentMethod == null) {
            throw new IllegalArgumentException("a SetupIntent in " + status.wireName() + " has a payment method");
        }
    }

    /**
     * Returns the object as a client holding only the client secret may see it: without the
     * customer's metadata and description, as Stripe's publishable-key view.
     *
     * @return the publishable view
     */
    public SetupIntent publishableView() {
        return new SetupIntent(id, clientSecret, status, created, customer, paymentMethod, usage, paymentMethodTypes,
                null, Map.of(), lastSetupError, nextAction, cancellationReason, latestAttempt, requestThreeDSecure);
    }
}
