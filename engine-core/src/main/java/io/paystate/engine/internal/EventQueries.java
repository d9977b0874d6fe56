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
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.EventPage;
import io.paystate.spi.EventQuery;
import io.paystate.spi.PaymentIntentStore;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The events API: Stripe's list and retrieve of events, answered from the store's log. */
final class EventQueries {
    private static final int DEFAULT_LIMIT = 10;
    private static final int MAX_TYPES = 20;

    private final PaymentIntentStore store;

    EventQueries(PaymentIntentStore store) {
        this.store = store;
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
        Set<EventType> types = p.type() != null ? typeOrWildcard(p.type()) : types(p.types());
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
        }
        EventId after = p.startingAfter() == null ? null : eventCursor(account, p.startingAfter(), "starting_after");
        EventId before = p.endingBefore() == null ? null : eventCursor(account, p.endingBefore(), "ending_before");
        EventPage page = store.queryEvents(account, new EventQuery(types, from, to, intent, after, before, limit));
        return new EventList(page.events(), page.hasMore());
    }

    PaymentEvent retrieve(AccountId account, EventId id) {
        return store.findEvent(account, id).orElseThrow(() -> noSuchEvent(id.value(), "id"));
    }

    private EventId eventCursor(AccountId account, String value, String param) {
        EventId id = parse(value, param, EventId::of);
        if (store.findEvent(account, id).isEmpty()) {
            throw Errors.invalid(ErrorCode.RESOURCE_MISSING, param, "No such event: '" + value + "'");
        }
        return id;
    }

    private static Set<EventType> typeOrWildcard(String type) {
        if (type.endsWith(".*")) {
            String prefix = type.substring(0, type.length() - 1);
            Set<EventType> matching = EnumSet.noneOf(EventType.class);
            for (EventType t : EventType.values()) {
                if (t.wireName().startsWith(prefix)) {
                    matching.add(t);
                }
            }
            if (matching.isEmpty()) {
                throw unknownType(type, "type");
            }
            return matching;
        }
        return Set.of(EventType.fromWire(type).orElseThrow(() -> unknownType(type, "type")));
    }

    private static Set<EventType> types(@Nullable List<String> names) {
        if (names == null) {
            return Set.of();
        }
        if (names.size() > MAX_TYPES) {
            throw Errors.invalid(null, "types", "types can have up to " + MAX_TYPES + " entries; got " + names.size()
                    + ".");
        }
        Set<EventType> result = EnumSet.noneOf(EventType.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String param = "types[" + i + "]";
            result.add(EventType.fromWire(name).orElseThrow(() -> unknownType(name, param)));
        }
        return result;
    }

    private static PaymentEngineException unknownType(String type, String param) {
        return Errors.invalid(null, param, "Invalid event type: '" + type + "'. Use one of the engine's event types "
                + "(payment_intent.*, charge.*), or a wildcard such as charge.*.");
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
