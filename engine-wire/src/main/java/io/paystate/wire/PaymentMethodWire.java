package io.paystate.wire;

import static io.paystate.wire.Shape.applied;
import static io.paystate.wire.Shape.id;
import static io.paystate.wire.Shape.obj;
import static io.paystate.wire.Shape.required;

import io.paystate.engine.Operation;
import io.paystate.engine.PaymentMethodRequest;
import io.paystate.engine.Request;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentMethodId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The payment-method endpoints on the wire. As for events, the method (or customer) of the path
 * travels as the parameter {@code id}.
 */
final class PaymentMethodWire {
    private PaymentMethodWire() {}

    /** Adds the payment-method operations' parameters to the table. */
    static void register(Map<Operation, Shape.Obj> table, Shape.Field expand, Shape.Field metadata,
            Shape.Field limit) {
        Shape.Field pathId = required("id", id(), "the payment method in the path");
        List<Shape.Field> create = new ArrayList<>(PaymentMethodParameters.data().fields());
        create.add(expand);
        table.put(Operation.CREATE_PAYMENT_METHOD, obj(create));
        table.put(Operation.RETRIEVE_PAYMENT_METHOD, obj(expand, pathId));
        table.put(Operation.ATTACH_PAYMENT_METHOD, obj(required("customer", id(), "a live customer"), expand,
                pathId));
        table.put(Operation.DETACH_PAYMENT_METHOD, obj(expand, pathId));
        List<Shape.Field> update = new ArrayList<>(PaymentMethodParameters.update());
        update.addAll(List.of(expand, pathId, metadata));
        table.put(Operation.UPDATE_PAYMENT_METHOD, obj(update));
        table.put(Operation.LIST_CUSTOMER_PAYMENT_METHODS, obj(expand, required("id", id(), "the customer in the path"),
                limit, applied("starting_after", id(), ""), applied("type", Shape.token(5000), "")));
    }

    /** Reads a payment-method request. */
    static Request<?> parse(Operation operation, Params p) {
        return switch (operation) {
            case CREATE_PAYMENT_METHOD -> {
                Map<String, String> metadata = p.stringMap("metadata");
                yield new PaymentMethodRequest.Create(ParamReaders.paymentMethodDataOf(p), metadata);
            }
            case RETRIEVE_PAYMENT_METHOD -> new PaymentMethodRequest.Retrieve(pmId(p));
            case ATTACH_PAYMENT_METHOD -> {
                String customer = p.string("customer");
                yield new PaymentMethodRequest.Attach(pmId(p), customer == null ? "" : customer);
            }
            case DETACH_PAYMENT_METHOD -> new PaymentMethodRequest.Detach(pmId(p));
            case UPDATE_PAYMENT_METHOD -> update(p);
            case LIST_CUSTOMER_PAYMENT_METHODS -> new PaymentMethodRequest.ListForCustomer(CustomerId.of(pathId(p)),
                    p.optionalString("type"), p.smallInteger("limit"), p.optionalString("starting_after"));
            default -> throw new IllegalArgumentException("not a payment-method operation: " + operation);
        };
    }

    /** An update; {@code ""} for billing details or their address clears every field of it, as on Stripe. */
    private static PaymentMethodRequest.Update update(Params p) {
        PaymentMethodId id = pmId(p);
        Integer expMonth = null;
        Integer expYear = null;
        Params card = p.object("card");
        if (card != null) {
            expMonth = card.smallInteger("exp_month");
            expYear = card.smallInteger("exp_year");
            card.ignore("networks");
            card.finish();
        }
        io.paystate.model.AccountHolderType holderType = null;
        Params bank = p.object("us_bank_account");
        if (bank != null) {
            holderType = bank.enumeration("account_holder_type", io.paystate.model.AccountHolderType.class);
            bank.ignore("account_type");
            bank.finish();
        }
        return new PaymentMethodRequest.Update(id, p.stringMap("metadata"), billingPatch(p), expMonth, expYear,
                p.enumeration("allow_redisplay", io.paystate.model.AllowRedisplay.class), holderType);
    }

    private static final io.paystate.model.Address CLEARED = new io.paystate.model.Address("", "", "", "", "", "");

    private static io.paystate.model.@Nullable BillingDetails billingPatch(Params p) {
        if (p.isEmptyString("billing_details")) {
            p.ignore("billing_details");
            return new io.paystate.model.BillingDetails(CLEARED, "", "", "");
        }
        Params b = p.object("billing_details");
        if (b == null) {
            return null;
        }
        io.paystate.model.Address address = null;
        if (b.isEmptyString("address")) {
            b.ignore("address");
            address = CLEARED;
        } else {
            Params a = b.object("address");
            if (a != null) {
                address = new io.paystate.model.Address(a.string("line1"), a.string("line2"), a.string("city"),
                        a.string("state"), a.string("postal_code"), a.string("country"));
                a.finish();
            }
        }
        io.paystate.model.BillingDetails patch = new io.paystate.model.BillingDetails(address, b.string("email"),
                b.string("name"), b.string("phone"));
        b.ignore("tax_id");
        b.finish();
        return patch;
    }

    private static PaymentMethodId pmId(Params p) {
        String id = pathId(p);
        try {
            return PaymentMethodId.of(id);
        } catch (IllegalArgumentException e) {
            throw Params.invalid(ErrorCode.RESOURCE_MISSING, "id", "No such PaymentMethod: '" + id + "'");
        }
    }

    private static String pathId(Params p) {
        String id = p.string("id");
        if (id == null || id.isBlank()) {
            throw Params.invalid(ErrorCode.PARAMETER_MISSING, "id", "Missing required param: id.");
        }
        return id;
    }
}
