package io.paystate.engine;

import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;

/**
 * An in-process engine for the lifecycle of Stripe PaymentIntents. Build one with {@link #builder()}.
 *
 * <p>Every operation answers as Stripe does: it returns the intent's new state, or throws a
 * {@link PaymentEngineException} carrying Stripe's error type, code and {@code param}. A rejected
 * request changes nothing; a declined payment ({@link CardException}) is recorded on the intent it
 * carries. Every transition's events are stored with the new state in one commit, and delivered from
 * that log to each subscriber at least once, in order per intent.
 *
 * <p>Time comes only from the engine's {@link java.time.InstantSource}. Clock-driven transitions
 * (authorization expiry, settlement of {@code processing} payments) are applied lazily whenever an
 * intent is read or operated on, and eagerly by {@link #processDue()}.
 *
 * <p>Thread safety: an engine is safe for concurrent use. Operations on one intent are serialized;
 * operations on different intents run in parallel.
 */
public interface PaymentEngine extends EngineRecords, EngineObjects {

    /**
     * Returns the id for a raw value, such as a path segment of a host's own API. A value that cannot
     * be an intent id is answered exactly as an unknown intent is, so hosts need no second error path.
     *
     * @param raw the value, e.g. {@code pi_3Mtw...}
     * @return the id
     * @throws InvalidRequestException 404 {@code resource_missing} if {@code raw} is no intent id
     */
    static PaymentIntentId intentId(String raw) {
        try {
            return PaymentIntentId.of(raw);
        } catch (IllegalArgumentException e) {
            throw io.paystate.engine.internal.Errors.noSuchIntent(raw);
        }
    }

    /**
     * Returns a builder with the defaults of a test-mode engine.
     *
     * @return a builder with the defaults of a test-mode engine
     */
    static PaymentEngineBuilder builder() {
        return new PaymentEngineBuilder();
    }

    /**
     * Executes one request: the single entry point every convenience method below delegates to.
     *
     * @param <T> the type of the response body
     * @param request the request
     * @param options the account and idempotency key of the request
     * @return the response, flagged when it replays an earlier one with the same idempotency key
     * @throws PaymentEngineException if the request fails; see each operation
     */
    @Override
    <T> Response<T> execute(Request<T> request, RequestOptions options);

    /**
     * Creates an intent, and confirms it when {@code params.confirm()} is true.
     *
     * @param params the request's parameters
     * @param options the account and idempotency key of the request
     * @return the intent in its new state
     * @throws InvalidRequestException for invalid parameters (nothing is stored)
     * @throws CardException if the confirmation is declined; the intent exists and is carried
     */
    default PaymentIntent create(CreateParams params, RequestOptions options) {
        return execute(new Request.Create(params), options).body();
    }

    /**
     * Creates an intent for the default account without idempotency key.
     *
     * @param params the request's parameters
     * @return the intent in its new state
     */
    default PaymentIntent create(CreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Returns the intent as of the engine clock (an overdue authorization is expired first).
     *
     * @param id the intent's id
     * @param options the account and idempotency key of the request
     * @return the intent as of the engine clock (an overdue authorization is expired first).  @throws InvalidRequestException 404 {@code resource_missing} for an unknown intent
     * @throws InvalidRequestException 404 {@code resource_missing} for an unknown intent
     */
    default PaymentIntent retrieve(PaymentIntentId id, RequestOptions options) {
        return execute(new Request.Retrieve(id), options).body();
    }

    /**
     * Retrieves an intent of the default account.
     *
     * @param id the intent's id
     * @return the intent as of the engine clock
     */
    default PaymentIntent retrieve(PaymentIntentId id) {
        return retrieve(id, RequestOptions.none());
    }

    /**
     * Updates an intent (spec A 6). Emits no event.
     *
     * @param id the intent's id
     * @param params the request's parameters
     * @param options the account and idempotency key of the request
     * @return the intent in its new state
     * @throws InvalidRequestException for invalid parameters, or fields the status does not allow
     */
    default PaymentIntent update(PaymentIntentId id, UpdateParams params, RequestOptions options) {
        return execute(new Request.Update(id, params), options).body();
    }

    /**
     * Updates an intent of the default account.
     *
     * @param id the intent's id
     * @param params the request's parameters
     * @return the intent in its new state
     */
    default PaymentIntent update(PaymentIntentId id, UpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    /**
     * Confirms an intent: starts a payment attempt with its payment method.
     *
     * @param id the intent's id
     * @param params the request's parameters
     * @param options the account and idempotency key of the request
     * @return the intent in its new state
     * @throws InvalidRequestException if the status does not allow it or no payment method is known
     * @throws CardException if the attempt is declined; the failure is recorded on the carried intent
     */
    default PaymentIntent confirm(PaymentIntentId id, ConfirmParams params, RequestOptions options) {
        return execute(new Request.Confirm(id, params), options).body();
    }

    /**
     * Confirms an intent of the default account.
     *
     * @param id the intent's id
     * @param params the request's parameters
     * @return the intent in its new state
     */
    default PaymentIntent confirm(PaymentIntentId id, ConfirmParams params) {
        return confirm(id, params, RequestOptions.none());
    }

    /**
     * Captures a held ({@code requires_capture}) intent; a partial capture releases the remainder.
     *
     * @param id the intent's id
     * @param params the request's parameters
     * @param options the account and idempotency key of the request
     * @return the intent in its new state
     * @throws InvalidRequestException if the status does not allow it or the amount is too large
     */
    default PaymentIntent capture(PaymentIntentId id, CaptureParams params, RequestOptions options) {
        return execute(new Request.Capture(id, params), options).body();
    }

    /**
     * Captures an intent of the default account.
     *
     * @param id the intent's id
     * @param params the request's parameters
     * @return the intent in its new state
     */
    default PaymentIntent capture(PaymentIntentId id, CaptureParams params) {
        return capture(id, params, RequestOptions.none());
    }

    /**
     * Cancels an intent; a held authorization is released.
     *
     * @param id the intent's id
     * @param params the request's parameters
     * @param options the account and idempotency key of the request
     * @return the intent in its new state
     * @throws InvalidRequestException if the status does not allow it or the reason is not accepted
     */
    default PaymentIntent cancel(PaymentIntentId id, CancelParams params, RequestOptions options) {
        return execute(new Request.Cancel(id, params), options).body();
    }

    /**
     * Cancels an intent of the default account.
     *
     * @param id the intent's id
     * @param params the request's parameters
     * @return the intent in its new state
     */
    default PaymentIntent cancel(PaymentIntentId id, CancelParams params) {
        return cancel(id, params, RequestOptions.none());
    }

    /**
     * Applies the customer's answer to a 3-D Secure challenge of a {@code requires_action} intent
     * (spec A 8). A failed challenge or a decline after a successful one shows on the returned intent;
     * it is never an error of this call.
     *
     * @param id the intent's id
     * @param outcome the outcome
     * @param options the account and idempotency key of the request
     * @return the intent in its new state
     * @throws InvalidRequestException if the intent is not {@code requires_action}
     */
    default PaymentIntent completeAction(PaymentIntentId id, ActionOutcome outcome, RequestOptions options) {
        return execute(new Request.CompleteAction(id, outcome), options).body();
    }

    /**
     * Completes the action of an intent of the default account.
     *
     * @param id the intent's id
     * @param outcome the outcome
     * @return the intent in its new state
     */
    default PaymentIntent completeAction(PaymentIntentId id, ActionOutcome outcome) {
        return completeAction(id, outcome, RequestOptions.none());
    }

    /**
     * Raises a held authorization to a higher total (spec A 10).
     *
     * @param id the intent's id
     * @param params the request's parameters
     * @param options the account and idempotency key of the request
     * @return the intent in its new state
     * @throws InvalidRequestException if the intent is not eligible, or the amount is not higher, or
     *     10 attempts were made
     * @throws CardException if the issuer declines; nothing on the intent changes
     */
    default PaymentIntent incrementAuthorization(PaymentIntentId id, IncrementAuthorizationParams params,
            RequestOptions options) {
        return execute(new Request.IncrementAuthorization(id, params), options).body();
    }

    /**
     * Increments the authorization of an intent of the default account.
     *
     * @param id the intent's id
     * @param params the request's parameters
     * @return the intent in its new state
     */
    default PaymentIntent incrementAuthorization(PaymentIntentId id, IncrementAuthorizationParams params) {
        return incrementAuthorization(id, params, RequestOptions.none());
    }

    /**
     * Retrieves an intent client-side, with its client secret (a publishable-key read). The secret is
     * compared in constant time; a wrong one is answered exactly like an unknown intent.
     *
     * @param id the intent's id
     * @param clientSecret the intent's client secret
     * @param options the account and idempotency key of the request
     * @return the {@link PaymentIntent#publishableView() publishable view}
     * @throws InvalidRequestException 404 {@code resource_missing} for an unknown intent or a wrong secret
     */
    default PaymentIntent clientRetrieve(PaymentIntentId id, String clientSecret, RequestOptions options) {
        return execute(new Request.ClientRetrieve(id, clientSecret), options).body();
    }

    /**
     * Retrieves an intent of the default account client-side.
     *
     * @param id the intent's id
     * @param clientSecret the intent's client secret
     * @return the publishable view
     */
    default PaymentIntent clientRetrieve(PaymentIntentId id, String clientSecret) {
        return clientRetrieve(id, clientSecret, RequestOptions.none());
    }

    /**
     * Confirms an intent client-side, with its client secret (Stripe.js {@code confirmPayment}).
     *
     * @param id the intent's id
     * @param clientSecret the intent's client secret
     * @param params the request's parameters
     * @param options the account and idempotency key of the request
     * @return the {@link PaymentIntent#publishableView() publishable view}
     * @throws InvalidRequestException 404 for an unknown intent or a wrong secret, or as {@link #confirm}
     * @throws CardException if the attempt is declined; it carries the publishable view
     */
    default PaymentIntent clientConfirm(PaymentIntentId id, String clientSecret, ConfirmParams params,
            RequestOptions options) {
        return execute(new Request.ClientConfirm(id, clientSecret, params), options).body();
    }

    /**
     * Confirms an intent of the default account client-side.
     *
     * @param id the intent's id
     * @param clientSecret the intent's client secret
     * @param params the request's parameters
     * @return the publishable view
     */
    default PaymentIntent clientConfirm(PaymentIntentId id, String clientSecret, ConfirmParams params) {
        return clientConfirm(id, clientSecret, params, RequestOptions.none());
    }

    /**
     * Verifies the microdeposits of a US bank account waiting in {@code requires_action}
     * ({@code verify_with_microdeposits}); a match starts the debit ({@code processing}).
     *
     * @param id the intent's id
     * @param params the request's parameters
     * @param options the account and idempotency key of the request
     * @return the intent in its new state
     * @throws InvalidRequestException for wrong amounts or code (the attempt counts), too many
     *     attempts, a verification too late, or an intent not waiting for microdeposits
     */
    default PaymentIntent verifyMicrodeposits(PaymentIntentId id, VerifyMicrodepositsParams params,
            RequestOptions options) {
        return execute(new Request.VerifyMicrodeposits(id, params), options).body();
    }

    /**
     * Applies the customer's cash balance to an intent waiting for funds; the intent succeeds when
     * fully funded, and emits {@code payment_intent.partially_funded} before that.
     *
     * @param id the intent's id
     * @param params the request's parameters
     * @param options the account and idempotency key of the request
     * @return the intent in its new state
     * @throws InvalidRequestException for an amount above what remains, another currency, or an
     *     intent not waiting for funds
     */
    default PaymentIntent applyCustomerBalance(PaymentIntentId id, ApplyCustomerBalanceParams params,
            RequestOptions options) {
        return execute(new Request.ApplyCustomerBalance(id, params), options).body();
    }

    /**
     * Lists an account's intents, newest first (spec A 14).
     *
     * @param params the request's parameters
     * @param options the account and idempotency key of the request
     * @return the payment intent list
     */
    default PaymentIntentList list(ListParams params, RequestOptions options) {
        return execute(new Request.List(params), options).body();
    }

    /**
     * Lists intents of the default account.
     *
     * @param params the request's parameters
     * @return the payment intent list
     */
    default PaymentIntentList list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * Searches an account's intents with Stripe's query language.
     *
     * @param params the request's parameters
     * @param options the account and idempotency key of the request
     * @return the search result
     * @throws InvalidRequestException for a malformed query, naming {@code query}
     */
    default SearchResult search(SearchParams params, RequestOptions options) {
        return execute(new Request.Search(params), options).body();
    }

    /**
     * Searches intents of the default account.
     *
     * @param params the request's parameters
     * @return the search result
     */
    default SearchResult search(SearchParams params) {
        return search(params, RequestOptions.none());
    }

    /**
     * Returns where each event subscriber stands, the engine's own feed of funds movements to the
     * processor ({@code paystate.processor}) first. A subscriber that keeps failing is parked, never
     * dropped: its events wait in the log.
     * @return where each event subscriber stands, the engine's own feed of funds movements to the processor ({@code paystate.processor}) first
     */
    java.util.List<SubscriberStatus> subscribers();

    /**
     * Resumes a parked or backing-off subscriber: delivery restarts at once from the event it
     * failed on.
     *
     * @return false if no subscriber has this name
     * @param name the name
     */
    boolean resumeSubscriber(String name);

    /**
     * Applies every clock-driven transition that is due at the engine clock's current instant:
     * authorization expiries and settlements, in due-time order (ties in creation order), and frees
     * idempotency keys older than their retention; retries event subscribers whose backoff has
     * passed and releases of approvals still owed; deletes events past their retention, in bounded
     * batches. Hosts with a real clock call this periodically; tests call it after moving a manual
     * clock.
     *
     * @return how many clock-driven steps were applied
     * @throws EngineFailureException if the store fails
     */
    int processDue();
}
