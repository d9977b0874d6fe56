package io.paystate.engine;

import io.paystate.model.PaymentIntentId;

/**
 * The records of an intent's past that {@link PaymentEngine} reads: its line items, its charges and
 * the account's events. Package-private on purpose: it only keeps {@code PaymentEngine}'s source
 * readable; hosts see these methods as members of {@link PaymentEngine}.
 */
interface EngineRecords {

    /**
     * Runs one request; see {@link PaymentEngine#execute(Request, RequestOptions)}.
     *
     * @param <T> the type of the response body
     * @param request the request
     * @param options the request options (account, idempotency key)
     * @return the response
     */
    <T> Response<T> execute(Request<T> request, RequestOptions options);

    /**
     * Lists an intent's {@code amount_details} line items.
     *
     * @param id the intent's id
     * @param limit at most this many
     * @param startingAfter exclusive cursor towards older intents
     * @param options the account and idempotency key of the request
     * @return the line item list
     * @throws InvalidRequestException 404 for an unknown intent; 400 for a bad limit or cursor
     */
    default LineItemList listLineItems(PaymentIntentId id, @org.jspecify.annotations.Nullable Integer limit,
            @org.jspecify.annotations.Nullable String startingAfter, RequestOptions options) {
        return execute(new Request.ListLineItems(id, limit, startingAfter, null), options).body();
    }

    /**
     * Lists an intent's charges, newest first.
     *
     * @param id the intent's id
     * @param options the account and idempotency key of the request
     * @return the charge list
     */
    default ChargeList listCharges(PaymentIntentId id, RequestOptions options) {
        return execute(new Request.ListCharges(id), options).body();
    }

    /**
     * Lists the charges of an intent of the default account, newest first.
     *
     * @param id the intent's id
     * @return the charge list
     */
    default ChargeList listCharges(PaymentIntentId id) {
        return listCharges(id, RequestOptions.none());
    }

    /**
     * Retrieves one charge of an intent.
     *
     * @param id the intent's id
     * @param chargeId the charge
     * @param options the account and idempotency key of the request
     * @return the io.paystate.model.charge
     * @throws InvalidRequestException 404 for an unknown intent or charge
     */
    default io.paystate.model.Charge retrieveCharge(PaymentIntentId id, io.paystate.model.ChargeId chargeId,
            RequestOptions options) {
        return execute(new Request.RetrieveCharge(id, chargeId), options).body();
    }

    /**
     * Retrieves one charge of an intent of the default account.
     *
     * @param id the intent's id
     * @param chargeId the charge
     * @return the charge
     */
    default io.paystate.model.Charge retrieveCharge(PaymentIntentId id, io.paystate.model.ChargeId chargeId) {
        return retrieveCharge(id, chargeId, RequestOptions.none());
    }


    /**
     * Lists an account's events, newest first, as kept by the engine's event retention.
     *
     * @throws InvalidRequestException for a bad limit, cursor, type or range, naming its param
     * @param params the parameters
     * @param options the request options (account, idempotency key)
     * @return one page of events, newest first
     */
    default EventList listEvents(EventListParams params, RequestOptions options) {
        return execute(new EventRequest.List(params), options).body();
    }

    /**
     * Lists events of the default account.
     *
     * @param params the parameters
     * @return one page of events, newest first
     */
    default EventList listEvents(EventListParams params) {
        return listEvents(params, RequestOptions.none());
    }

    /**
     * Retrieves one event, of whichever object: a {@link io.paystate.model.PaymentEvent} for
     * {@code payment_intent.*} and {@code charge.*}, else a customer's, payment method's or
     * SetupIntent's event.
     *
     * @throws InvalidRequestException 404 {@code resource_missing} for an unknown (or deleted) event
     * @param options the request options (account, idempotency key)
     * @param id the id
     * @return the event
     */
    default io.paystate.model.StripeEvent retrieveEvent(io.paystate.model.EventId id, RequestOptions options) {
        return execute(new EventRequest.Retrieve(id), options).body();
    }

    /**
     * Retrieves an event of the default account.
     *
     * @param id the id
     * @return the event
     */
    default io.paystate.model.StripeEvent retrieveEvent(io.paystate.model.EventId id) {
        return retrieveEvent(id, RequestOptions.none());
    }
}
