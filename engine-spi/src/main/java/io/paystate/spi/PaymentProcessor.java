package io.paystate.spi;

import io.paystate.model.Charge;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethodId;
import java.util.Optional;

/**
 * Decides the outcome of payment attempts and moves the funds of approved ones: the engine's only
 * contact with money. The engine's default is a test-mode processor implementing Stripe's test
 * cards; a real host plugs in its own.
 *
 * <p>Every approval the processor gives ({@link AuthorizationOutcome.Authorized}) ends on exactly one
 * charge or is {@link #release released}: the engine records it in the same commit as the new state,
 * and releases it when that commit fails, when it loses a race to another writer, or when the
 * processor answered after the engine's timeout.
 *
 * <p>Deciding calls ({@code authorize}, {@code afterAuthentication}, {@code settle},
 * {@code incrementAuthorization}) run during a command, under the engine's processor timeout. Funds
 * movements ({@code capture}, {@code release}) run after the commit that decided
 * them, fed from the event log at least once and retried until they succeed: implementations must
 * be idempotent per attempt id and kind of movement.
 *
 * <p>Thread safety: implementations must be safe for concurrent use; the engine calls them while
 * holding the intent's lock, so calls for one intent never overlap.
 *
 * <p>Exceptions: a runtime exception from a deciding call aborts the command with an
 * {@code api_error} (HTTP 500) and changes nothing. A runtime exception from a funds movement is
 * retried with backoff on the engine clock.
 */
public interface PaymentProcessor {

    /**
     * Returns the payment method with this id, or empty when it does not exist.
     *
     * @param id the intent's id
     * @return the payment method with this id, or empty when it does not exist
     */
    Optional<PaymentMethodDetails> findPaymentMethod(PaymentMethodId id);

    /**
     * Creates a payment method from raw details ({@code payment_method_data}).
     *
     * @param data the payment method data
     * @return the tokenization result
     */
    TokenizationResult createPaymentMethod(PaymentMethodData data);

    /**
     * Decides a new payment attempt (a confirmation).
     *
     * @param attempt the authorization attempt
     * @return the authorization outcome
     */
    AuthorizationOutcome authorize(AuthorizationAttempt attempt);

    /**
     * Decides the attempt after the customer completed authentication (3-D Secure) successfully:
     * the card's post-authentication outcome. Must not return {@link AuthorizationOutcome.RequiresAction}.
     *
     * @param attempt the authorization attempt
     * @return the authorization outcome
     */
    AuthorizationOutcome afterAuthentication(AuthorizationAttempt attempt);

    /**
     * Decides how a {@code processing} attempt ends, when the engine clock reaches its settlement time.
     *
     * @param attempt the authorization attempt
     * @return the settlement outcome
     */
    SettlementOutcome settle(AuthorizationAttempt attempt);

    /**
     * Decides an incremental authorization of a held charge to {@code newAmount}.
     *
     * @param intent the intent as it stands when the attempt starts (amount, currency, options)
     * @param charge the charge
     * @param newAmount the new amount
     * @return the increment outcome
     */
    IncrementOutcome incrementAuthorization(PaymentIntent intent, Charge charge, long newAmount);

    /**
     * Decides a setup attempt (a SetupIntent's confirmation): {@link AuthorizationOutcome.Authorized}
     * sets the method up, {@link AuthorizationOutcome.RequiresAction} asks the customer (3-D Secure,
     * or a specific next action such as microdeposits), {@link AuthorizationOutcome.Declined} fails
     * the attempt, {@link AuthorizationOutcome.Processing} waits for {@link #settleSetup}. Nothing is
     * captured or released for a setup. The default throws {@link UnsupportedOperationException}
     * (a 500 {@code api_error} that changes nothing): a processor that sets up payment methods
     * overrides it.
     *
     * @param attempt the setup attempt
     * @return the outcome
     */
    default AuthorizationOutcome setUp(SetupAttempt attempt) {
        throw new UnsupportedOperationException(getClass().getName() + " does not set up payment methods");
    }

    /**
     * Decides a setup attempt after the customer completed authentication successfully. Must not
     * return {@link AuthorizationOutcome.RequiresAction}. The default throws
     * {@link UnsupportedOperationException}, as {@link #setUp} does.
     *
     * @param attempt the setup attempt
     * @return the outcome
     */
    default AuthorizationOutcome afterSetupAuthentication(SetupAttempt attempt) {
        throw new UnsupportedOperationException(getClass().getName() + " does not set up payment methods");
    }

    /**
     * Decides how a {@code processing} setup ends, when the engine clock reaches its settlement time.
     * The default throws {@link UnsupportedOperationException}, as {@link #setUp} does.
     *
     * @param attempt the setup attempt
     * @return the outcome
     */
    default SettlementOutcome settleSetup(SetupAttempt attempt) {
        throw new UnsupportedOperationException(getClass().getName() + " does not set up payment methods");
    }

    /**
     * Captures held funds of an approved authorization (a manual capture, fully or partly). The
     * default does nothing, for processors whose approvals need no separate capture.
     *
     * @param movement the attempt and the amount to capture
     */
    default void capture(FundsMovement movement) {}

    /**
     * Releases held funds of an approved authorization: on cancel, on expiry, for the remainder of a
     * partial capture, and for an approval the engine could not record. The default does nothing.
     *
     * @param movement the attempt and the amount to release
     * @param reason why the funds are released
     */
    default void release(FundsMovement movement, ReleaseReason reason) {}
}
