package io.paystate.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentIntentList;
import io.paystate.engine.SearchResult;
import io.paystate.model.Charge;
import io.paystate.model.CustomerEvent;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.StripeEvent;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders engine objects as Stripe's JSON (API version {@value #API_VERSION}): PaymentIntents,
 * charges, events, the {@code list} and {@code search_result} envelopes, and errors.
 *
 * <p>Thread safety: stateless.
 */
public final class StripeJson {
    /** The Stripe API version whose objects PayState renders; see docs/api-versions.md. */
    public static final String API_VERSION = "2026-07-29.dahlia";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private StripeJson() {}

    /**
     * Renders an intent with every field of Stripe's object.
     *
     * @param pi the intent
     * @return the object node
     */
    public static ObjectNode paymentIntent(PaymentIntent pi) {
        ObjectNode o = F.objectNode();
        o.put("id", pi.id().value());
        o.put("object", "payment_intent");
        o.put("amount", pi.amount());
        o.put("amount_capturable", pi.amountCapturable());
        ObjectNode details = o.putObject("amount_details");
        details.putObject("tip");
        if (!pi.lineItems().isEmpty()) {
            // the embedded list shows the first page, as Stripe's default expansion does
            details.set("line_items", envelope("list", "/v1/payment_intents/" + pi.id() + "/amount_details_line_items",
                    pi.lineItems().size() > 10, pi.lineItems().subList(0, Math.min(10, pi.lineItems().size())),
                    StripeJson::lineItem));
        }
        o.put("amount_received", pi.amountReceived());
        o.putNull("application");
        o.put("application_fee_amount", pi.recorded().applicationFeeAmount());
        if (pi.automaticPaymentMethods() == null) {
            o.putNull("automatic_payment_methods");
        } else {
            ObjectNode automatic = o.putObject("automatic_payment_methods");
            automatic.put("allow_redirects", pi.automaticPaymentMethods().allowRedirects());
            automatic.put("enabled", pi.automaticPaymentMethods().enabled());
        }
        IntentFields.time(o, "canceled_at", pi.canceledAt());
        IntentFields.wire(o, "cancellation_reason", pi.cancellationReason());
        o.put("capture_method", pi.captureMethod().wireName());
        o.put("client_secret", pi.clientSecret());
        o.put("confirmation_method", pi.confirmationMethod().wireName());
        IntentFields.time(o, "created", pi.created());
        o.put("currency", pi.currency().code());
        o.put("customer", pi.customer() == null ? null : pi.customer().value());
        o.put("description", pi.description());
        if (!pi.recorded().excludedPaymentMethodTypes().isEmpty()) {
            ArrayNode excluded = o.putArray("excluded_payment_method_types");
            pi.recorded().excludedPaymentMethodTypes().forEach(excluded::add);
        } else {
            o.putNull("excluded_payment_method_types");
        }
        o.set("last_payment_error", IntentFields.lastPaymentError(pi.lastPaymentError()));
        o.put("latest_charge", pi.latestCharge() == null ? null : pi.latestCharge().value());
        o.put("livemode", pi.livemode());
        ObjectNode metadata = o.putObject("metadata");
        pi.metadata().forEach(metadata::put);
        o.set("next_action", IntentFields.nextAction(pi.nextAction()));
        o.put("on_behalf_of", pi.recorded().onBehalfOf());
        if (pi.recorded().customerReference() != null || pi.recorded().orderReference() != null) {
            ObjectNode paymentDetails = o.putObject("payment_details");
            paymentDetails.put("customer_reference", pi.recorded().customerReference());
            paymentDetails.put("order_reference", pi.recorded().orderReference());
        }
        o.put("payment_method", pi.paymentMethod() == null ? null : pi.paymentMethod().value());
        o.set("payment_method_options", IntentFields.paymentMethodOptions(pi.cardOptions()));
        ArrayNode types = o.putArray("payment_method_types");
        pi.paymentMethodTypes().forEach(types::add);
        o.putNull("processing");
        o.put("receipt_email", pi.receiptEmail());
        IntentFields.wire(o, "setup_future_usage", pi.setupFutureUsage());
        o.set("shipping", IntentFields.shipping(pi.shipping()));
        o.put("statement_descriptor", pi.statementDescriptor());
        o.put("statement_descriptor_suffix", pi.statementDescriptorSuffix());
        o.put("status", pi.status().wireName());
        if (pi.recorded().hasTransfer()) {
            ObjectNode transfer = o.putObject("transfer_data");
            transfer.put("amount", pi.recorded().transferAmount());
            transfer.put("destination", pi.recorded().transferDestination());
        } else {
            o.putNull("transfer_data");
        }
        o.put("transfer_group", pi.recorded().transferGroup());
        return o;
    }

    /**
     * Renders one {@code amount_details} line item.
     *
     * @param item the item
     * @return the object node
     */
    public static ObjectNode lineItem(io.paystate.model.LineItem item) {
        ObjectNode o = F.objectNode();
        o.put("id", item.id());
        o.put("object", "payment_intent_amount_details_line_item");
        o.put("discount_amount", item.discountAmount());
        o.put("product_code", item.productCode());
        o.put("product_name", item.productName());
        o.put("quantity", item.quantity());
        o.putObject("tax").put("total_tax_amount", item.taxAmount());
        o.put("unit_cost", item.unitCost());
        return o;
    }

    /**
     * Renders a charge with what the charge records; the fields Stripe copies from the intent stay
     * empty. {@link #render} fills them from the intent.
     * @param c the c
     * @return the charge object
     */
    public static ObjectNode charge(Charge c) {
        return ChargeJson.charge(c, null, RenderContext.none());
    }

    /**
     * Renders an event envelope, as Stripe's event object: {@code data.object} is the intent, the
     * charge, the customer, the payment method or the SetupIntent as of the event.
     *
     * @param e the event, of any kind
     * @return the event object
     */
    public static ObjectNode event(StripeEvent e) {
        ObjectNode o = F.objectNode();
        o.put("id", e.id().value());
        o.put("object", "event");
        o.put("api_version", API_VERSION);
        IntentFields.time(o, "created", e.created());
        ObjectNode data = o.putObject("data");
        data.set("object", eventObject(e));
        o.put("livemode", false);
        o.put("pending_webhooks", 0);
        ObjectNode request = o.putObject("request");
        request.put("id", e.requestId());
        request.put("idempotency_key", e.idempotencyKey());
        o.put("type", e.type().wireName());
        // the per-object sequence stays on the Java event: Stripe's event object has no such field
        return o;
    }

    private static ObjectNode eventObject(StripeEvent e) {
        if (e instanceof PaymentEvent p) {
            return p.charge() != null ? ChargeJson.charge(p.charge(), p.paymentIntent(), RenderContext.none())
                    : paymentIntent(p.paymentIntent());
        } else if (e instanceof CustomerEvent c) {
            return CustomerJson.customer(c.customer());
        } else if (e instanceof PaymentMethodEvent m) {
            return PaymentMethodJson.stored(m.paymentMethod());
        } else if (e instanceof SetupIntentEvent si) {
            return SetupIntentJson.setupIntent(si.setupIntent());
        }
        throw new IllegalArgumentException("unknown event kind " + e.getClass().getName());
    }

    /**
     * Renders Stripe's {@code list} envelope.
     *
     * @param list the list
     * @return the object node
     */
    public static ObjectNode list(PaymentIntentList list) {
        return envelope("list", "/v1/payment_intents", list.hasMore(), list.data(), StripeJson::paymentIntent);
    }

    /**
     * Renders Stripe's {@code search_result} envelope.
     *
     * @param result the result
     * @return the object node
     */
    public static ObjectNode searchResult(SearchResult result) {
        return search("/v1/payment_intents/search", result.hasMore(), result.data(), StripeJson::paymentIntent,
                result.nextPage(), result.totalCount());
    }

    /** The {@code search_result} envelope of a customer search. */
    static ObjectNode customerSearchResult(io.paystate.engine.CustomerSearchResult result) {
        return search("/v1/customers/search", result.hasMore(), result.data(), CustomerJson::customer,
                result.nextPage(), result.totalCount());
    }

    private static <T> ObjectNode search(String url, boolean hasMore, List<T> items,
            java.util.function.Function<T, ObjectNode> render, @Nullable String nextPage, @Nullable Long totalCount) {
        ObjectNode o = envelope("search_result", url, hasMore, items, render);
        o.put("next_page", nextPage);
        if (totalCount != null) {
            o.put("total_count", totalCount);
        }
        return o;
    }

    private static <T> ObjectNode envelope(String object, @Nullable String url, boolean hasMore, List<T> items,
            java.util.function.Function<T, ObjectNode> render) {
        ObjectNode o = F.objectNode();
        o.put("object", object);
        if (url != null) {
            o.put("url", url);
        }
        o.put("has_more", hasMore);
        ArrayNode data = o.putArray("data");
        items.forEach(item -> data.add(render.apply(item)));
        return o;
    }

    /**
     * Renders any response body the engine returns.
     *
     * @param body the body
     * @return the json node
     */
    public static JsonNode body(Object body) {
        if (body instanceof PaymentIntent pi) {
            return paymentIntent(pi);
        } else if (body instanceof PaymentIntentList list) {
            return list(list);
        } else if (body instanceof SearchResult result) {
            return searchResult(result);
        } else if (body instanceof io.paystate.engine.LineItemList lines) {
            return envelope("list", null, lines.hasMore(), lines.data(), StripeJson::lineItem);
        } else if (body instanceof io.paystate.engine.ChargeList charges) {
            return envelope("list", "/v1/charges", charges.hasMore(), charges.data(), StripeJson::charge);
        } else if (body instanceof Charge c) {
            return charge(c);
        } else if (body instanceof StripeEvent e) {
            return event(e);
        } else if (body instanceof io.paystate.engine.EventList events) {
            return envelope("list", "/v1/events", events.hasMore(), events.data(), StripeJson::event);
        } else if (body instanceof io.paystate.model.Customer c) {
            return CustomerJson.customer(c);
        } else if (body instanceof io.paystate.engine.CustomerList customers) {
            return envelope("list", "/v1/customers", customers.hasMore(), customers.data(), CustomerJson::customer);
        } else if (body instanceof io.paystate.engine.CustomerSearchResult customers) {
            return customerSearchResult(customers);
        } else if (body instanceof io.paystate.model.PaymentMethod pm) {
            return PaymentMethodJson.stored(pm);
        } else if (body instanceof io.paystate.engine.PaymentMethodList methods) {
            return envelope("list", null, methods.hasMore(), methods.data(), PaymentMethodJson::stored);
        } else if (body instanceof io.paystate.model.SetupIntent si) {
            return SetupIntentJson.setupIntent(si);
        } else if (body instanceof io.paystate.engine.SetupIntentList setups) {
            return envelope("list", "/v1/setup_intents", setups.hasMore(), setups.data(), SetupIntentJson::setupIntent);
        } else if (body instanceof List<?> items) {
            ArrayNode array = F.arrayNode();
            items.forEach(item -> array.add(body(item)));
            return array;
        }
        throw new IllegalArgumentException("cannot render " + body.getClass().getName());
    }

    /**
     * Renders a response body with its {@code expand[]} paths resolved through the engine's read
     * API, as the request's account.
     *
     * @param body what the engine returned
     * @param expand the paths {@link StripeRequests#parseWire} checked
     * @param engine the engine the body came from
     * @param options the request's options
     * @return the rendered body
     */
    public static JsonNode render(Object body, List<String> expand, io.paystate.engine.PaymentEngine engine,
            io.paystate.engine.RequestOptions options) {
        return render(body, expand, RenderContext.of(engine, options));
    }

    /**
     * Renders a response body with its {@code expand[]} paths resolved in this context. Charges show
     * the fields Stripe copies from their intent, read through the context's engine.
     * @param expand the paths {@link StripeRequests#parseWire} checked
     * @param context the context
     * @param body the body @return the json node
     * @return the rendered body
     */
    public static JsonNode render(Object body, List<String> expand, RenderContext context) {
        JsonNode rendered;
        Expansion.Target target;
        if (body instanceof Charge c) {
            rendered = ChargeJson.charge(c, intentOf(c, context), context);
            target = new Expansion.Target("charge", false);
        } else if (body instanceof io.paystate.engine.ChargeList charges) {
            PaymentIntent pi = charges.data().isEmpty() ? null : intentOf(charges.data().get(0), context);
            rendered = envelope("list", "/v1/charges", charges.hasMore(), charges.data(),
                    c -> ChargeJson.charge(c, pi, context));
            target = new Expansion.Target("charge", true);
        } else {
            rendered = body(body);
            boolean list = body instanceof PaymentIntentList || body instanceof SearchResult;
            boolean customerPage = body instanceof io.paystate.engine.CustomerList
                    || body instanceof io.paystate.engine.CustomerSearchResult;
            boolean customers = body instanceof io.paystate.model.Customer || customerPage;
            boolean methods = body instanceof io.paystate.model.PaymentMethod
                    || body instanceof io.paystate.engine.PaymentMethodList;
            boolean setups = body instanceof io.paystate.model.SetupIntent
                    || body instanceof io.paystate.engine.SetupIntentList;
            target = new Expansion.Target(body instanceof StripeEvent || body instanceof io.paystate.engine.EventList
                    ? "event" : customers ? "customer" : methods ? "payment_method" : setups ? "setup_intent"
                    : "payment_intent", list
                    || body instanceof io.paystate.engine.EventList || customerPage
                    || body instanceof io.paystate.engine.PaymentMethodList
                    || body instanceof io.paystate.engine.SetupIntentList);
        }
        if (!expand.isEmpty()) {
            new Expander(context).apply(rendered, target, expand);
        }
        return rendered;
    }

    private static @Nullable PaymentIntent intentOf(Charge c, RenderContext context) {
        if (context.engine() == null) {
            return null;
        }
        try {
            return context.engine().retrieve(c.paymentIntent(), context.options());
        } catch (io.paystate.engine.PaymentEngineException e) {
            return null;
        }
    }

    /**
     * Renders the inner error object (what Stripe nests under {@code "error"}).
     *
     * @param d the error @return the response body
     * @return the error object
     */
    public static ObjectNode error(ErrorDetails d) {
        ObjectNode o = F.objectNode();
        o.put("type", d.type().wireName());
        if (d.code() != null) {
            o.put("code", d.code().wireName());
            o.put("doc_url", d.code().docUrl());
        }
        if (d.declineCode() != null) {
            o.put("decline_code", d.declineCode());
        }
        o.put("message", d.message());
        if (d.param() != null) {
            o.put("param", d.param());
        }
        if (d.charge() != null) {
            o.put("charge", d.charge().value());
        }
        if (d.paymentIntent() != null) {
            o.set("payment_intent", paymentIntent(d.paymentIntent()));
        }
        if (d.setupIntent() != null) {
            o.set("setup_intent", SetupIntentJson.setupIntent(d.setupIntent()));
        }
        if (d.requestId() != null) {
            o.put("request_log_url", "https://dashboard.stripe.com/test/logs/" + d.requestId());
        }
        return o;
    }

    /**
     * Renders a whole error response body: {@code {"error": {...}}}.
     *
     * @param d the error
     * @return the response body
     */
    public static ObjectNode errorResponse(ErrorDetails d) {
        ObjectNode o = F.objectNode();
        o.set("error", error(d));
        return o;
    }
}
