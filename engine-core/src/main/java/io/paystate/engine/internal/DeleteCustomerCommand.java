package io.paystate.engine.internal;

import io.paystate.model.Customer;
import io.paystate.model.CustomerEventType;
import io.paystate.model.CustomerId;

/** Deletes a customer: it stays as a tombstone, shown as deleted, with a {@code customer.deleted} event. */
final class DeleteCustomerCommand implements Command<Customer> {
    private final EngineParts parts;
    private final CustomerId id;
    private final Call call;

    DeleteCustomerCommand(EngineParts parts, CustomerId id, Call call) {
        this.parts = parts;
        this.id = id;
        this.call = call;
    }

    @Override
    public Customer run() {
        return parts.customers().change(call.account, id, CustomerEventType.CUSTOMER_DELETED, Customer::asDeleted,
                call);
    }
}
