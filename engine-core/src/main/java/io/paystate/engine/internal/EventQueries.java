package io.paystate.engine.internal;

import io.paystate.engine.ErrorDetails;
import io.paystate.engine.EventList;
import io.paystate.engine.EventListParams;
import io.paystate.engine.ListParams;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.AccountId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.EventId;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.StripeEvent;
import io.paystate.spi.CustomerStore;
import io.paystate.spi.EventPage;
import io.paystate.spi.EventQuery;
import io.paystate.spi.ObjectEventPage;
import io.paystate.spi.ObjectEventQuery;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.PaymentMethodStore;
import io.paystate.spi.SetupIntentStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The events API: Stripe's list and retrieve of events, answered from the store's log. */
final class EventQueries {
    private static final int DEFAULT_LIMIT = 10;

    private final PaymentIntentStore store;
    private final CustomerStore customers;
    private final PaymentMethodStore methods;
    private final SetupIntentStore setups;

    EventQueries(PaymentIntentStore store, CustomerStore customers, PaymentMethodStore methods,
            SetupIntentStore setups) {
        this.store = store;
        this.customers = customers;
        this.methods = methods;
        this.setups = setups;
    }

    EventList list(AccountId account, EventListParams p) {
        int limit = p.limit() == null ? DEFAULT_LIMIT : p.limit();
        if (limit < 1 || limit > 100) {
            throw Errors.invalid(null, "limit", "Invalid limit: must be between 1 and 100, got " + limit + ".");
        }
        if (p.startingAfter() != null && p.endingBefore() != null) {
            throw Errors.invalid(ErrorCode.PARAMETERS_EXCLUSIVE, "ending_before",
                    "You may only specify one of these parameters: starting_after, ending_before.");
        }
        if (p.type() != null && p.types() != null) {
            throw Errors.invalid(ErrorCode.PARAMETERS_EXCLUSIVE, "types",
                    "You may only specify one of these parameters: type, types.");
        }
        EventKinds.Selection selection = p.type() != null ? EventKinds.typeOrWildcard(p.type())
                : EventKinds.types(p.types());
        Instant from = null;
        Instant to = null;
        ListParams.CreatedRange c = p.created();
        if (c != null) {
            from = latest(seconds(c.eq()), seconds(c.gte()), c.gt() == null ? null : seconds(c.gt() + 1));
            to = earliest(seconds(c.eq()), seconds(c.lte()), c.lt() == null ? null : seconds(c.lt() - 1));
        }
        PaymentIntentId intent = null;
        if (p.paymentIntent() != null) {
            intent = parse(p.paymentIntent(), "payment_intent", PaymentIntentId::of);
            if (selection.kind() != EventKinds.Kind.INTENTS) {
                throw Errors.invalid(null, "payment_intent", "payment_intent filters the events of intents and "
                        + "charges; it cannot be combined with " + selection.kind().wildcard() + " types.");
            }
        }
        EventId after = p.startingAfter() == null ? null : eventCursor(account, p.startingAfter(), "starting_after");
        EventId before = p.endingBefore() == null ? null : eventCursor(account, p.endingBefore(), "ending_before");
        if (selection.kind() == EventKinds.Kind.INTENTS) {
            EventPage page = store.queryEvents(account, new EventQuery(selection.intentTypes(), from, to, intent,
                    after, before, limit));
            return new EventList(List.copyOf(page.events()), page.hasMore());
        }
        ObjectEventQuery query = new ObjectEventQuery(selection.names(), from, to, null, after, before, limit);
        ObjectEventPage<? extends StripeEvent> page = switch (selection.kind()) {
            case CUSTOMERS -> customers.queryEvents(account, query);
            case PAYMENT_METHODS -> methods.queryEvents(account, query);
            case SETUP_INTENTS -> setups.queryEvents(account, query);
            case INTENTS -> throw new IllegalStateException("intents are listed above");
        };
        return new EventList(List.copyOf(page.events()), page.hasMore());
    }

    /** Finds an event in whichever log holds it: the intents' first, where most events are. */
    StripeEvent retrieve(AccountId account, EventId id) {
        return find(account, id).orElseThrow(() -> noSuchEvent(id.value(), "id"));
    }

    private Optional<? extends StripeEvent> find(AccountId account, EventId id) {
        Optional<? extends StripeEvent> found = store.findEvent(account, id);
        if (found.isEmpty()) {
            found = customers.findEvent(account, id);
        }
        if (found.isEmpty()) {
            found = methods.findEvent(account, id);
        }
        if (found.isEmpty()) {
            found = setups.findEvent(account, id);
        }
        return found;
    }

    private EventId eventCursor(AccountId account, String value, String param) {
        EventId id = parse(value, param, EventId::of);
        if (find(account, id).isEmpty()) {
            throw Errors.invalid(ErrorCode.RESOURCE_MISSING, param, "No such event: '" + value + "'");
        }
        return id;
    }

    private static <T> T parse(String value, String param, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw Errors.invalid(ErrorCode.RESOURCE_MISSING, param, "No such object: '" + value + "'");
        }
    }

    private static @Nullable Instant seconds(@Nullable Long epochSeconds) {
        return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds);
    }

    private static @Nullable Instant latest(@Nullable Instant... candidates) {
        Instant result = null;
        for (Instant c : candidates) {
            if (c != null && (result == null || c.isAfter(result))) {
                result = c;
            }
        }
        return result;
    }

    private static @Nullable Instant earliest(@Nullable Instant... candidates) {
        Instant result = null;
        for (Instant c : candidates) {
            if (c != null && (result == null || c.isBefore(result))) {
                result = c;
            }
        }
        return result;
    }

    static PaymentEngineException noSuchEvent(String id, String param) {
        return PaymentEngineException.of(new ErrorDetails(404, ErrorType.INVALID_REQUEST_ERROR,
                ErrorCode.RESOURCE_MISSING, "No such event: '" + id + "'", param, null, null, null, null, false));
    }
}
