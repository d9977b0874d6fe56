package io.paystate.engine.internal;

import io.paystate.engine.PaymentMethodList;
import io.paystate.engine.PaymentMethodRequest;
import io.paystate.engine.Request;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodEventType;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.PaymentMethodDetails;
import io.paystate.spi.StoredPaymentMethod;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The commands of the payment-method endpoints; each is small, so they share this file's factories. */
final class PaymentMethodCommands {
    private PaymentMethodCommands() {}

    /** Creates a stored method, tokenized by the processor; it starts {@code new}. */
    static Command<PaymentMethod> create(EngineParts parts, PaymentMethodRequest.Create r, Call call) {
        return new Command<>() {
            private io.paystate.model.@Nullable CardExpiry expiry;

            @Override
            public void validate() {
                RequestValidator.metadataEntries(r.metadata());
                RequestValidator.metadataCount(CustomerValidator.withoutEmptyValues(r.metadata()));
                expiry = PaymentMethodUpdates.ofCardData(r.data(), parts.engine().now());
            }

            @Override
            public PaymentMethod run() {
                PaymentMethodDetails details = Objects.requireNonNull(
                        parts.paymentMethods().resolve(null, r.data()), "tokenized");
                io.paystate.model.BillingDetails billing = r.data().billingDetails();
                // a raw card keeps the expiry it was given; test ids and tokens show the test default
                return parts.savedMethods().insert(call.account, new PaymentMethod(details.id(), details.type(),
                        parts.engine().now(), null, details.brand(), details.last4(),
                        CustomerValidator.withoutEmptyValues(r.metadata()), PaymentMethodUsage.NEW, null,
                        billing == null ? io.paystate.model.BillingDetails.NONE : billing,
                        details.type().equals("card") ? expiry : null, io.paystate.model.AllowRedisplay.UNSPECIFIED,
                        null));
            }
        };
    }

    /**
     * Applies an update (metadata, billing details, card expiry, redisplay, account holder type) to a
     * stored method; {@code payment_method.updated} when something changed. The rules against the
     * stored method run before anything is remembered, as its type never changes, and again on the
     * method the change applies to.
     */
    static Command<PaymentMethod> update(EngineParts parts, PaymentMethodRequest.Update r, Call call) {
        return new Command<>() {
            @Override
            public void validate() {
                PaymentMethodUpdates.validate(r, parts.engine().now());
                parts.savedMethods().store().find(call.account, r.id()).ifPresent(stored ->
                        PaymentMethodUpdates.validate(r, stored.paymentMethod(), parts.engine().now()));
            }

            @Override
            public PaymentMethod run() {
                return parts.savedMethods().change(call.account, r.id(), PaymentMethodEventType.PAYMENT_METHOD_UPDATED,
                        pm -> {
                            PaymentMethodUpdates.validate(r, pm, parts.engine().now());
                            return PaymentMethodUpdates.apply(r, pm);
                        }, call);
            }
        };
    }

    /** Attaches a new (or already attached to this customer) method to a live customer. */
    static Command<PaymentMethod> attach(EngineParts parts, PaymentMethodRequest.Attach r, Call call) {
        return () -> {
            SavedMethods saved = parts.savedMethods();
            saved.customers().requireForIntent(call.account, r.customer());
            if (r.customer().isEmpty()) {
                throw Errors.missing("customer");
            }
            CustomerId customer = CustomerId.of(r.customer());
            io.paystate.model.PaymentMethodId id = storedOrCopied(parts, r.id(), call);
            return saved.change(call.account, id, PaymentMethodEventType.PAYMENT_METHOD_ATTACHED, pm -> {
                if (pm.usage().spent()) {
                    throw Errors.invalid(null, "payment_method", SavedMethods.SPENT);
                }
                if (pm.usage() == PaymentMethodUsage.ATTACHED) {
                    if (!customer.equals(pm.customer())) {
                        throw Errors.invalid(null, "payment_method",
                                SavedMethods.ALREADY_ATTACHED);
                    }
                    return pm;
                }
                return pm.with(customer, PaymentMethodUsage.ATTACHED);
            }, call);
        };
    }

    /**
     * The stored method to attach: the one named, or, for a fixed test card id such as
     * {@code pm_card_visa}, a new stored copy of that card, as Stripe's test mode answers an attach of
     * such an id with a new payment method.
     */
    private static io.paystate.model.PaymentMethodId storedOrCopied(EngineParts parts,
            io.paystate.model.PaymentMethodId id, Call call) {
        if (parts.savedMethods().store().find(call.account, id).isPresent() || !id.value().startsWith("pm_card_")) {
            return id;
        }
        PaymentMethodDetails details;
        try {
            details = parts.paymentMethods().resolve(null,
                    new io.paystate.spi.PaymentMethodData("card", java.util.Map.of("token", id.value())));
        } catch (io.paystate.engine.PaymentEngineException unknown) {
            // not one of the test cards: answered below as the unknown method it is
            return id;
        }
        PaymentMethodDetails copy = Objects.requireNonNull(details, "tokenized");
        return parts.savedMethods().insert(call.account, new PaymentMethod(copy.id(), copy.type(),
                parts.engine().now(), null, copy.brand(), copy.last4(), java.util.Map.of(), PaymentMethodUsage.NEW))
                .id();
    }

    /** Detaches an attached method, for good. */
    static Command<PaymentMethod> detach(EngineParts parts, PaymentMethodRequest.Detach r, Call call) {
        return () -> parts.savedMethods().change(call.account, r.id(), PaymentMethodEventType.PAYMENT_METHOD_DETACHED,
                pm -> {
                    if (pm.usage() != PaymentMethodUsage.ATTACHED) {
                        throw Errors.invalid(null, "payment_method", SavedMethods.NOT_ATTACHED);
                    }
                    return pm.with(null, PaymentMethodUsage.DETACHED);
                }, call);
    }

    /** A live customer's attached methods, newest first, by type. */
    static Command<PaymentMethodList> list(EngineParts parts, PaymentMethodRequest.ListForCustomer r, Call call) {
        return new Command<>() {
            @Override
            public void validate() {
                Integer limit = r.limit();
                if (limit != null && (limit < 1 || limit > 100)) {
                    throw Errors.invalid(null, "limit", "Invalid limit: must be between 1 and 100, got " + limit + ".");
                }
            }

            @Override
            public PaymentMethodList run() {
                SavedMethods saved = parts.savedMethods();
                if (saved.customers().require(call.account, r.customer()).customer().deleted()) {
                    throw Customers.noSuchCustomer(404, "customer", r.customer().value());
                }
                int limit = r.limit() == null ? 10 : r.limit();
                List<StoredPaymentMethod> page = saved.store().attachedTo(call.account, r.customer(), r.type(),
                        cursor(saved, r.startingAfter(), call), limit + 1);
                List<PaymentMethod> data = page.stream().limit(limit).map(StoredPaymentMethod::paymentMethod).toList();
                return new PaymentMethodList(data, page.size() > limit);
            }
        };
    }

    private static @Nullable Position cursor(SavedMethods saved, @Nullable String id, Call call) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        StoredPaymentMethod s;
        try {
            s = saved.require(call.account, io.paystate.model.PaymentMethodId.of(id));
        } catch (IllegalArgumentException | io.paystate.engine.PaymentEngineException e) {
            throw Errors.invalid(ErrorCode.RESOURCE_MISSING, "starting_after", "No such PaymentMethod: '" + id + "'");
        }
        return new Position(s.paymentMethod().created().getEpochSecond(), s.ordinal());
    }
}
