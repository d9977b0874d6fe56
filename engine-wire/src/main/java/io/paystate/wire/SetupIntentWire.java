package io.paystate.wire;

import static io.paystate.wire.Shape.accepted;
import static io.paystate.wire.Shape.applied;
import static io.paystate.wire.Shape.bool;
import static io.paystate.wire.Shape.id;
import static io.paystate.wire.Shape.listOf;
import static io.paystate.wire.Shape.obj;
import static io.paystate.wire.Shape.oneOf;
import static io.paystate.wire.Shape.opaque;
import static io.paystate.wire.Shape.required;
import static io.paystate.wire.Shape.token;

import io.paystate.engine.ActionOutcome;
import io.paystate.engine.ListParams;
import io.paystate.engine.Operation;
import io.paystate.engine.Request;
import io.paystate.engine.SetupIntentConfirmParams;
import io.paystate.engine.SetupIntentCreateParams;
import io.paystate.engine.SetupIntentListParams;
import io.paystate.engine.SetupIntentRequest;
import io.paystate.engine.SetupIntentUpdateParams;
import io.paystate.engine.VerifyMicrodepositsParams;
import io.paystate.model.ErrorCode;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntentCancellationReason;
import io.paystate.model.SetupIntentId;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.PaymentMethodData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The SetupIntent endpoints on the wire ({@code /v1/setup_intents}): their parameters, held to
 * Stripe's shapes by {@link ParameterTable}, and how they are read into
 * {@link SetupIntentRequest}s. As for customers, the SetupIntent of the path travels as the
 * parameter {@code id}.
 */
final class SetupIntentWire {
    private SetupIntentWire() {}

    /** Adds the SetupIntent operations' parameters to the table. */
    static void register(Map<Operation, Shape.Obj> table, Shape.Field expand, Shape.Field metadata,
            Shape.Field limit, Shape.Field created) {
        Shape.Field pathId = required("id", id(), "the SetupIntent in the path");
        Shape.Field options = applied("payment_method_options", obj(
                applied("card", obj(
                        accepted("mandate_options", opaque(), "no Mandate object is kept"),
                        accepted("network", token(5000), "the card's own network is used"),
                        applied("request_three_d_secure", oneOf("any", "automatic", "challenge"),
                                "any or challenge asks 3-D Secure of cards that support it"),
                        accepted("three_d_secure", opaque(), "results of an external 3-D Secure are not checked")),
                        ""),
                accepted("sepa_debit", opaque(), "no mandate options in test mode"),
                accepted("us_bank_account", opaque(), "instant or microdeposit verification by test account")), "");
        Shape.Field types = applied("payment_method_types", listOf(token(5000), 20),
                "card, sepa_debit, us_bank_account; default [card]");
        Shape.Field pm = applied("payment_method", id(), "a pm_ id: a stored method or a test id");
        Shape.Field data = applied("payment_method_data", PaymentMethodParameters.data(), "tokenized and stored");
        Shape.Field customer = applied("customer", id(), "a live customer: the method is attached to it on success");
        Shape.Field description = applied("description", Shape.text(1000), "");
        Shape.Field allowed = accepted("allowed_payment_method_types", listOf(token(5000), 20),
                "payment_method_types are used");
        Shape.Field excluded = accepted("excluded_payment_method_types", listOf(token(5000), 20),
                "payment_method_types are used");
        Shape.Field customerAccount = Shape.unknownObject("customer_account", "account");
        List<Shape.Field> create = new ArrayList<>(List.of(allowed, customerAccount, excluded,
                accepted("attach_to_self", bool(), "no Treasury flows: never attached to the account"),
                accepted("automatic_payment_methods", opaque(), "payment_method_types are used"),
                applied("confirm", bool(), "confirm at once"),
                accepted("confirmation_token", token(5000), "tokens are not modeled"),
                customer, description, expand,
                accepted("flow_directions", listOf(oneOf("inbound", "outbound"), 2), "no Treasury flows"),
                accepted("mandate_data", opaque(), "no Mandate object is kept"),
                metadata,
                accepted("on_behalf_of", id(), "no Connect in test mode"),
                pm,
                accepted("payment_method_configuration", id(), "payment_method_types are used"),
                data, options, types,
                applied("return_url", Shape.url(), "only with confirm=true"),
                accepted("single_use", opaque(), "single-use mandates are not modeled"),
                applied("usage", oneOf("off_session", "on_session"), "default off_session"),
                accepted("use_stripe_sdk", bool(), "")));
        table.put(Operation.CREATE_SETUP_INTENT, obj(create));
        table.put(Operation.RETRIEVE_SETUP_INTENT, obj(applied("client_secret", token(5000),
                "retrieves client-side (a publishable-key request)"), expand, pathId));
        table.put(Operation.UPDATE_SETUP_INTENT, obj(allowed, customerAccount, excluded, data,
                accepted("attach_to_self", bool(), "no Treasury flows"), customer, description, expand,
                accepted("flow_directions", listOf(oneOf("inbound", "outbound"), 2), "no Treasury flows"),
                metadata, pathId, pm,
                accepted("payment_method_configuration", id(), "payment_method_types are used"),
                options, types));
        table.put(Operation.CONFIRM_SETUP_INTENT, obj(allowed,
                applied("client_secret", token(5000), "confirms client-side (a publishable-key request)"),
                accepted("confirmation_token", token(5000), "tokens are not modeled"),
                expand, accepted("mandate_data", opaque(), "no Mandate object is kept"), pathId, pm, data, options,
                applied("return_url", Shape.url(), ""), accepted("use_stripe_sdk", bool(), "")));
        table.put(Operation.CANCEL_SETUP_INTENT, obj(applied("cancellation_reason",
                oneOf("abandoned", "duplicate", "requested_by_customer"), "the reasons Stripe accepts"), expand,
                pathId));
        table.put(Operation.LIST_SETUP_INTENTS, obj(customerAccount,
                accepted("attach_to_self", bool(), "no Treasury flows"), created, customer,
                applied("ending_before", id(), ""), expand, limit, applied("payment_method", id(), ""),
                applied("starting_after", id(), "")));
        table.put(Operation.VERIFY_SETUP_INTENT_MICRODEPOSITS, obj(applied("amounts", listOf(Shape.amount(), 2), ""),
                accepted("client_secret", token(5000), ""), applied("descriptor_code", token(6), ""), expand, pathId));
        table.put(Operation.COMPLETE_SETUP_INTENT_ACTION, obj(required("outcome", oneOf("success", "failure"), ""),
                expand, pathId));
    }

    /** Reads a SetupIntent request. */
    static Request<?> parse(Operation operation, Params p) {
        return switch (operation) {
            case CREATE_SETUP_INTENT -> new SetupIntentRequest.Create(create(p));
            case RETRIEVE_SETUP_INTENT -> {
                String secret = p.optionalString("client_secret");
                yield secret != null ? new SetupIntentRequest.ClientRetrieve(pathId(p), secret)
                        : new SetupIntentRequest.Retrieve(pathId(p));
            }
            case UPDATE_SETUP_INTENT -> new SetupIntentRequest.Update(pathId(p), update(p));
            case CONFIRM_SETUP_INTENT -> {
                String secret = p.optionalString("client_secret");
                SetupIntentConfirmParams confirm = new SetupIntentConfirmParams(p.optionalString("payment_method"),
                        ParamReaders.paymentMethodData(p), p.optionalString("return_url"), threeDSecure(p));
                yield secret != null ? new SetupIntentRequest.ClientConfirm(pathId(p), secret, confirm)
                        : new SetupIntentRequest.Confirm(pathId(p), confirm);
            }
            case CANCEL_SETUP_INTENT -> {
                String reason = p.optionalString("cancellation_reason");
                yield new SetupIntentRequest.Cancel(pathId(p), reason == null ? null
                        : SetupIntentCancellationReason.fromWire(reason).orElseThrow());
            }
            case LIST_SETUP_INTENTS -> new SetupIntentRequest.List(list(p));
            case VERIFY_SETUP_INTENT_MICRODEPOSITS -> {
                p.ignore("client_secret");
                yield new SetupIntentRequest.VerifyMicrodeposits(pathId(p),
                        new VerifyMicrodepositsParams(amounts(p), p.optionalString("descriptor_code")));
            }
            case COMPLETE_SETUP_INTENT_ACTION -> new SetupIntentRequest.CompleteAction(pathId(p),
                    "failure".equals(p.string("outcome")) ? ActionOutcome.FAILURE : ActionOutcome.SUCCESS);
            default -> throw new IllegalArgumentException("not a SetupIntent operation: " + operation);
        };
    }

    private static SetupIntentCreateParams create(Params p) {
        String usage = p.optionalString("usage");
        PaymentMethodData data = ParamReaders.paymentMethodData(p);
        Boolean confirm = p.bool("confirm");
        return new SetupIntentCreateParams(p.optionalString("customer"), p.optionalString("payment_method"), data,
                Boolean.TRUE.equals(confirm), usage == null ? null : SetupFutureUsage.fromWire(usage).orElseThrow(),
                p.stringList("payment_method_types"), p.string("description"), p.stringMap("metadata"),
                p.optionalString("return_url"), threeDSecure(p));
    }

    private static SetupIntentUpdateParams update(Params p) {
        return new SetupIntentUpdateParams(p.string("customer"), p.string("payment_method"),
                ParamReaders.paymentMethodData(p), p.stringList("payment_method_types"), p.string("description"), p.stringMap("metadata"),
                threeDSecure(p));
    }

    private static @Nullable ThreeDSecureRequest threeDSecure(Params p) {
        Params options = p.object("payment_method_options");
        if (options == null) {
            return null;
        }
        Params card = options.object("card");
        options.ignore("sepa_debit");
        options.ignore("us_bank_account");
        options.finish();
        if (card == null) {
            return null;
        }
        ThreeDSecureRequest result = card.enumeration("request_three_d_secure", ThreeDSecureRequest.class);
        card.ignore("mandate_options");
        card.ignore("network");
        card.ignore("three_d_secure");
        card.finish();
        return result;
    }

    private static SetupIntentListParams list(Params p) {
        ListParams.CreatedRange range = StripeRequests.created(p);
        Long gte = null;
        Long lte = null;
        if (range != null) {
            gte = max(max(range.eq(), range.gte()), range.gt() == null ? null : range.gt() + 1);
            lte = min(min(range.eq(), range.lte()), range.lt() == null ? null : range.lt() - 1);
        }
        return new SetupIntentListParams(p.optionalString("customer"), p.optionalString("payment_method"), gte, lte,
                p.smallInteger("limit"), p.optionalString("starting_after"), p.optionalString("ending_before"));
    }

    private static @Nullable Long max(@Nullable Long a, @Nullable Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
    }

    private static @Nullable Long min(@Nullable Long a, @Nullable Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
    }

    private static @Nullable List<Long> amounts(Params p) {
        List<String> amounts = p.stringList("amounts");
        if (amounts == null) {
            return null;
        }
        List<Long> parsed = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            String a = amounts.get(i);
            if (!a.matches("-?\\d{1,18}")) {
                throw Params.invalid(ErrorCode.PARAMETER_INVALID_INTEGER, "amounts[" + i + "]", "Invalid integer: " + a);
            }
            parsed.add(Long.parseLong(a));
        }
        return parsed;
    }

    private static SetupIntentId pathId(Params p) {
        String id = p.string("id");
        if (id == null || id.isBlank()) {
            throw Params.invalid(ErrorCode.PARAMETER_MISSING, "id", "Missing required param: id.");
        }
        // a malformed id is refused by the wire, as a payment method's is; a well-formed unknown one
        // is the engine's 404
        if (!id.startsWith("seti_") || id.length() == 5) {
            throw Params.invalid(ErrorCode.RESOURCE_MISSING, "id", "No such setupintent: '" + id + "'");
        }
        return SetupIntentId.of(id);
    }
}
