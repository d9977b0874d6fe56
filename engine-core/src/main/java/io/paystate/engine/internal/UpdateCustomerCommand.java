package io.paystate.engine.internal;

import io.paystate.engine.CustomerParams;
import io.paystate.model.Customer;
import io.paystate.model.CustomerEventType;
import io.paystate.model.CustomerId;
import io.paystate.model.PaymentMethodId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Updates a live customer: null fields stay, {@code ""} clears, metadata merges (an empty value
 * removes its key). A {@code customer.updated} event only when something changed.
 */
final class UpdateCustomerCommand implements Command<Customer> {
    private final EngineParts parts;
    private final CustomerId id;
    private final CustomerParams p;
    private final Call call;

    UpdateCustomerCommand(EngineParts parts, CustomerId id, CustomerParams params, Call call) {
        this.parts = parts;
        this.id = id;
        this.p = params;
        this.call = call;
    }

    @Override
    public void validate() {
        CustomerValidator.validate(p, false);
    }

    @Override
    public Customer run() {
        String pmValue = p.defaultPaymentMethod();
        PaymentMethodId pm = CreateCustomerCommand.defaultPaymentMethod(parts, pmValue);
        return parts.customers().change(call.account, id, CustomerEventType.CUSTOMER_UPDATED, c -> {
            Map<String, String> metadata = new LinkedHashMap<>(c.metadata());
            p.metadata().forEach((k, v) -> {
                if (v.isEmpty()) {
                    metadata.remove(k);
                } else {
                    metadata.put(k, v);
                }
            });
            RequestValidator.metadataCount(metadata);
            return new Customer(c.id(), c.created(), field(p.email(), c.email()), field(p.name(), c.name()),
                    field(p.description(), c.description()), metadata,
                    pmValue == null ? c.defaultPaymentMethod() : pm, false, field(p.phone(), c.phone()));
        }, call);
    }

    private static @Nullable String field(@Nullable String given, @Nullable String current) {
        return given == null ? current : Strings.emptyToNull(given);
    }
}
