package io.paystate.wire;

import static io.paystate.wire.Shape.applied;
import static io.paystate.wire.Shape.id;
import static io.paystate.wire.Shape.obj;
import static io.paystate.wire.Shape.required;

import io.paystate.engine.CustomerListParams;
import io.paystate.engine.CustomerParams;
import io.paystate.engine.CustomerRequest;
import io.paystate.engine.Operation;
import io.paystate.engine.Request;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import java.util.Map;

/**
 * The customer endpoints on the wire: their parameters and how they are read. As for events, the
 * customer of the path travels as the parameter {@code id}.
 */
final class CustomerWire {
    private CustomerWire() {}

    /** Adds the customer operations' parameters to the table. */
    static void register(Map<Operation, Shape.Obj> table, Shape.Field expand, Shape.Field metadata,
            Shape.Field limit) {
        Shape.Field pathId = required("id", id(), "the customer in the path");
        Shape.Field[] details = {
            applied("description", Shape.text(5000), ""),
            applied("email", Shape.text(512), "checked as an email address"),
            expand,
            applied("invoice_settings", obj(applied("default_payment_method", id(), "a payment method the "
                    + "processor knows")), ""),
            metadata,
            applied("name", Shape.text(256), ""),
            applied("phone", Shape.text(20), "")};
        table.put(Operation.CREATE_CUSTOMER, obj(details));
        Shape.Field[] update = new Shape.Field[details.length + 1];
        System.arraycopy(details, 0, update, 0, details.length);
        update[details.length] = pathId;
        table.put(Operation.UPDATE_CUSTOMER, obj(update));
        table.put(Operation.RETRIEVE_CUSTOMER, obj(expand, pathId));
        table.put(Operation.DELETE_CUSTOMER, obj(pathId));
        table.put(Operation.LIST_CUSTOMERS, obj(applied("email", Shape.text(512), "exact, case-sensitive"),
                applied("ending_before", id(), ""), expand, limit, applied("starting_after", id(), "")));
        table.put(Operation.SEARCH_CUSTOMERS, obj(expand, limit, applied("page", Shape.token(5000), ""),
                required("query", Shape.text(5000), "Stripe's search query language: created, email, "
                        + "metadata[\"key\"], name, phone")));
    }

    /** Reads a customer request. */
    static Request<?> parse(Operation operation, Params p) {
        return switch (operation) {
            case CREATE_CUSTOMER -> new CustomerRequest.Create(params(p));
            case RETRIEVE_CUSTOMER -> new CustomerRequest.Retrieve(pathId(p));
            case UPDATE_CUSTOMER -> new CustomerRequest.Update(pathId(p), params(p));
            case DELETE_CUSTOMER -> new CustomerRequest.Delete(pathId(p));
            case LIST_CUSTOMERS -> new CustomerRequest.List(new CustomerListParams(p.smallInteger("limit"),
                    p.optionalString("starting_after"), p.optionalString("ending_before"), p.optionalString("email")));
            default -> throw new IllegalArgumentException("not a customer operation: " + operation);
        };
    }

    private static CustomerParams params(Params p) {
        Params invoice = p.object("invoice_settings");
        return new CustomerParams(p.string("email"), p.string("name"), p.string("description"), p.stringMap("metadata"),
                invoice == null ? null : invoice.string("default_payment_method"), p.string("phone"));
    }

    private static CustomerId pathId(Params p) {
        String id = p.string("id");
        if (id == null || id.isBlank()) {
            throw Params.invalid(ErrorCode.PARAMETER_MISSING, "id", "Missing required param: id.");
        }
        return CustomerId.of(id);
    }
}
