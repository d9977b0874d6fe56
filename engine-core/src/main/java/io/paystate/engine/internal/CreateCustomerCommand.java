package io.paystate.engine.internal;

import io.paystate.engine.CustomerParams;
import io.paystate.model.Customer;
import io.paystate.model.CustomerId;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.IdKind;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Creates a customer, with its {@code customer.created} event. */
final class CreateCustomerCommand implements Command<Customer> {
    private final EngineParts parts;
    private final CustomerParams p;
    private final Call call;

    CreateCustomerCommand(EngineParts parts, CustomerParams params, Call call) {
        this.parts = parts;
        this.p = params;
        this.call = call;
    }

    @Override
    public void validate() {
        CustomerValidator.validate(p, true);
    }

    @Override
    public Customer run() {
        EngineContext engine = parts.engine();
        PaymentMethodId pm = defaultPaymentMethod(parts, p.defaultPaymentMethod());
        Customer customer = new Customer(CustomerId.of(engine.ids.next(IdKind.CUSTOMER)), engine.now(),
                Strings.emptyToNull(p.email()), Strings.emptyToNull(p.name()), Strings.emptyToNull(p.description()),
                Map.copyOf(CustomerValidator.withoutEmptyValues(p.metadata())), pm, false, Strings.emptyToNull(p.phone()));
        return parts.customers().insert(call.account, customer, call);
    }

    /** A default payment method must be one the processor knows. */
    static @Nullable PaymentMethodId defaultPaymentMethod(EngineParts parts, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        PaymentMethodId id = CustomerValidator.paymentMethodId(value);
        if (parts.engine().processor.findPaymentMethod(id).isEmpty()) {
            throw CustomerValidator.noSuchPaymentMethod(value);
        }
        return id;
    }
}
