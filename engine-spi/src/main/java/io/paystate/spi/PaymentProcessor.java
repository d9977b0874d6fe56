package io.paystate.spi;

import io.paystate.model.Charge;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethodId;
import java.util.Optional;

/**
 * Decides the outcome of payment attempts: the engine's only contact with money movement. The
 * engine's default is a test-mode processor implementing Stripe's test cards; a real host plugs in
 * its own.
 *
 * <p>Thread safety: implementations must be safe for concurrent use; the engine calls them while
 * holding the intent's lock, so calls for one intent never overlap.
 *
 * <p>Exceptions: a runtime exception from any method aborts the operation with an {@code api_error}
 * (HTTP 500) and changes nothing.
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
}
