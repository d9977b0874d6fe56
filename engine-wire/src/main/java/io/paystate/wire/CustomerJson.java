package io.paystate.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.model.Customer;

/** Stripe's JSON of a customer; a deleted one shows only its id and {@code deleted: true}, as Stripe does. */
final class CustomerJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CustomerJson() {}

    static ObjectNode customer(Customer c) {
        ObjectNode o = F.objectNode();
        o.put("id", c.id().value());
        o.put("object", "customer");
        if (c.deleted()) {
            o.put("deleted", true);
            return o;
        }
        o.putNull("address");
        o.put("balance", 0);
        o.put("created", c.created().getEpochSecond());
        o.putNull("currency");
        o.putNull("default_source");
        o.put("delinquent", false);
        o.put("description", c.description());
        o.putNull("discount");
        o.put("email", c.email());
        ObjectNode invoice = o.putObject("invoice_settings");
        invoice.putNull("custom_fields");
        invoice.put("default_payment_method", c.defaultPaymentMethod() == null ? null
                : c.defaultPaymentMethod().value());
        invoice.putNull("footer");
        invoice.putNull("rendering_options");
        o.put("livemode", false);
        ObjectNode metadata = o.putObject("metadata");
        c.metadata().forEach(metadata::put);
        o.put("name", c.name());
        o.put("phone", c.phone());
        o.putArray("preferred_locales");
        o.putNull("shipping");
        o.put("tax_exempt", "none");
        o.putNull("test_clock");
        return o;
    }
}
