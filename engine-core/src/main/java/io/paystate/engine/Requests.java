package io.paystate.engine;

/** Maps each kind of {@link Request} to its {@link Operation}: the one place that knows both. */
final class Requests {
    private Requests() {}

    static Operation operationOf(Request<?> request) {
        if (request instanceof Request.Create) {
            return Operation.CREATE;
        } else if (request instanceof Request.Retrieve || request instanceof Request.ClientRetrieve) {
            return Operation.RETRIEVE;
        } else if (request instanceof Request.Update) {
            return Operation.UPDATE;
        } else if (request instanceof Request.Confirm || request instanceof Request.ClientConfirm) {
            return Operation.CONFIRM;
        } else if (request instanceof Request.Capture) {
            return Operation.CAPTURE;
        } else if (request instanceof Request.Cancel) {
            return Operation.CANCEL;
        } else if (request instanceof Request.CompleteAction) {
            return Operation.COMPLETE_ACTION;
        } else if (request instanceof Request.IncrementAuthorization) {
            return Operation.INCREMENT_AUTHORIZATION;
        } else if (request instanceof Request.VerifyMicrodeposits) {
            return Operation.VERIFY_MICRODEPOSITS;
        } else if (request instanceof Request.ApplyCustomerBalance) {
            return Operation.APPLY_CUSTOMER_BALANCE;
        } else if (request instanceof Request.List) {
            return Operation.LIST;
        } else if (request instanceof Request.Search) {
            return Operation.SEARCH;
        } else if (request instanceof Request.ListLineItems) {
            return Operation.LIST_LINE_ITEMS;
        } else if (request instanceof Request.ListCharges) {
            return Operation.LIST_CHARGES;
        } else if (request instanceof Request.RetrieveCharge) {
            return Operation.RETRIEVE_CHARGE;
        } else if (request instanceof EventRequest.List) {
            return Operation.LIST_EVENTS;
        } else if (request instanceof EventRequest.Retrieve) {
            return Operation.RETRIEVE_EVENT;
        } else if (request instanceof CustomerRequest.Create) {
            return Operation.CREATE_CUSTOMER;
        } else if (request instanceof CustomerRequest.Retrieve) {
            return Operation.RETRIEVE_CUSTOMER;
        } else if (request instanceof CustomerRequest.Update) {
            return Operation.UPDATE_CUSTOMER;
        } else if (request instanceof CustomerRequest.Delete) {
            return Operation.DELETE_CUSTOMER;
        } else if (request instanceof CustomerRequest.List) {
            return Operation.LIST_CUSTOMERS;
        } else if (request instanceof CustomerRequest.Search) {
            return Operation.SEARCH_CUSTOMERS;
        } else if (request instanceof PaymentMethodRequest.Create) {
            return Operation.CREATE_PAYMENT_METHOD;
        } else if (request instanceof PaymentMethodRequest.Retrieve) {
            return Operation.RETRIEVE_PAYMENT_METHOD;
        } else if (request instanceof PaymentMethodRequest.Update) {
            return Operation.UPDATE_PAYMENT_METHOD;
        } else if (request instanceof PaymentMethodRequest.Attach) {
            return Operation.ATTACH_PAYMENT_METHOD;
        } else if (request instanceof PaymentMethodRequest.Detach) {
            return Operation.DETACH_PAYMENT_METHOD;
        } else if (request instanceof PaymentMethodRequest.ListForCustomer) {
            return Operation.LIST_CUSTOMER_PAYMENT_METHODS;
        }
        // Malformed carries its operation as a component and overrides operation()
        throw new IllegalArgumentException("unknown request " + request.getClass().getName());
    }
}
