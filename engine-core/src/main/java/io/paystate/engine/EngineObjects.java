package io.paystate.engine;

import io.paystate.model.Customer;
import io.paystate.model.CustomerId;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentId;
import io.paystate.spi.PaymentMethodData;
import java.util.Map;

/**
 * The customers, payment methods and SetupIntents as {@link PaymentEngine} serves them: one method
 * per common request, each a shortcut for {@link PaymentEngine#execute} with the request of the
 * same name (the request types stay the way to reach every endpoint and option). Package-private
 * on purpose: it only keeps {@code PaymentEngine}'s source readable; hosts see these methods as
 * members of {@link PaymentEngine}.
 *
 * <p>Exceptions: as {@link PaymentEngine#execute}: an {@link InvalidRequestException} naming the
 * parameter for bad input or an unknown object, a {@link CardException} for a declined setup, an
 * {@link EngineFailureException} when a store or the processor failed.
 */
interface EngineObjects {

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
     * Creates a customer ({@code POST /v1/customers}).
     *
     * @param params the customer's details
     * @param options the account and idempotency key of the request
     * @return the customer
     */
    default Customer createCustomer(CustomerParams params, RequestOptions options) {
        return execute(new CustomerRequest.Create(params), options).body();
    }

    /**
     * Creates a customer of the default account.
     *
     * @param params the customer's details
     * @return the customer
     */
    default Customer createCustomer(CustomerParams params) {
        return createCustomer(params, RequestOptions.none());
    }

    /**
     * Retrieves a customer of the default account ({@code GET /v1/customers/:id}).
     *
     * @param id the customer's id
     * @return the customer
     */
    default Customer retrieveCustomer(CustomerId id) {
        return execute(new CustomerRequest.Retrieve(id), RequestOptions.none()).body();
    }

    /**
     * Updates a customer of the default account ({@code POST /v1/customers/:id}): null fields stay,
     * {@code ""} clears one.
     *
     * @param id the customer's id
     * @param params the changes
     * @return the customer as changed
     */
    default Customer updateCustomer(CustomerId id, CustomerParams params) {
        return execute(new CustomerRequest.Update(id, params), RequestOptions.none()).body();
    }

    /**
     * Creates a payment method ({@code POST /v1/payment_methods}), not attached to anyone.
     *
     * @param data the method's details, e.g. {@code new PaymentMethodData("card", Map.of("token", "tok_visa"))}
     * @param options the account and idempotency key of the request
     * @return the stored method
     */
    default PaymentMethod createPaymentMethod(PaymentMethodData data, RequestOptions options) {
        return execute(new PaymentMethodRequest.Create(data, Map.of()), options).body();
    }

    /**
     * Creates a payment method of the default account.
     *
     * @param data the method's details
     * @return the stored method
     */
    default PaymentMethod createPaymentMethod(PaymentMethodData data) {
        return createPaymentMethod(data, RequestOptions.none());
    }

    /**
     * Retrieves a stored payment method of the default account ({@code GET /v1/payment_methods/:id}).
     *
     * @param id the method's id
     * @return the method
     */
    default PaymentMethod retrievePaymentMethod(PaymentMethodId id) {
        return execute(new PaymentMethodRequest.Retrieve(id), RequestOptions.none()).body();
    }

    /**
     * Attaches a payment method of the default account to a customer
     * ({@code POST /v1/payment_methods/:id/attach}).
     *
     * @param id the method's id (a fixed test card id attaches a new stored copy)
     * @param customer the customer
     * @return the attached method
     */
    default PaymentMethod attachPaymentMethod(PaymentMethodId id, CustomerId customer) {
        return execute(new PaymentMethodRequest.Attach(id, customer.value()), RequestOptions.none()).body();
    }

    /**
     * Detaches a payment method of the default account from its customer, for good
     * ({@code POST /v1/payment_methods/:id/detach}).
     *
     * @param id the method's id
     * @return the detached method
     */
    default PaymentMethod detachPaymentMethod(PaymentMethodId id) {
        return execute(new PaymentMethodRequest.Detach(id), RequestOptions.none()).body();
    }

    /**
     * Creates a SetupIntent ({@code POST /v1/setup_intents}), confirmed at once with
     * {@code confirm(true)}.
     *
     * @param params the parameters
     * @param options the account and idempotency key of the request
     * @return the SetupIntent
     */
    default SetupIntent createSetupIntent(SetupIntentCreateParams params, RequestOptions options) {
        return execute(new SetupIntentRequest.Create(params), options).body();
    }

    /**
     * Creates a SetupIntent of the default account.
     *
     * @param params the parameters
     * @return the SetupIntent
     */
    default SetupIntent createSetupIntent(SetupIntentCreateParams params) {
        return createSetupIntent(params, RequestOptions.none());
    }

    /**
     * Confirms a SetupIntent ({@code POST /v1/setup_intents/:id/confirm}).
     *
     * @param id the SetupIntent
     * @param params the parameters
     * @param options the account and idempotency key of the request
     * @return the SetupIntent after the attempt
     */
    default SetupIntent confirmSetupIntent(SetupIntentId id, SetupIntentConfirmParams params,
            RequestOptions options) {
        return execute(new SetupIntentRequest.Confirm(id, params), options).body();
    }

    /**
     * Retrieves a SetupIntent of the default account ({@code GET /v1/setup_intents/:id}).
     *
     * @param id the SetupIntent
     * @return the SetupIntent
     */
    default SetupIntent retrieveSetupIntent(SetupIntentId id) {
        return execute(new SetupIntentRequest.Retrieve(id), RequestOptions.none()).body();
    }

    /**
     * Answers the 3-D Secure challenge of a SetupIntent of the default account, as the customer
     * would (a test helper).
     *
     * @param id the SetupIntent, in {@code requires_action}
     * @param outcome whether the customer passed the challenge
     * @return the SetupIntent after the answer
     */
    default SetupIntent completeSetupIntentAction(SetupIntentId id, ActionOutcome outcome) {
        return execute(new SetupIntentRequest.CompleteAction(id, outcome), RequestOptions.none()).body();
    }
}
