package io.paystate.engine.internal;

import io.paystate.engine.PaymentEngineException;
import io.paystate.model.CustomerEventType;
import io.paystate.model.EventType;
import io.paystate.model.PaymentMethodEventType;
import io.paystate.model.SetupIntentEventType;
import io.paystate.model.WireEnum;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The events API's {@code type} and {@code types} filters, resolved to the log that holds those
 * events. Each kind of object keeps its events in its own store's log, so one list reads one log:
 * the types of one list must all be of one kind, and a list without a type filter reads the
 * intents' log (the events of intents and charges).
 */
final class EventKinds {
    private static final int MAX_TYPES = 20;

    /** The logs, with the types each holds. */
    enum Kind {
        INTENTS("payment_intent.* and charge.*", EventType.values()),
        CUSTOMERS("customer.*", CustomerEventType.values()),
        PAYMENT_METHODS("payment_method.*", PaymentMethodEventType.values()),
        SETUP_INTENTS("setup_intent.*", SetupIntentEventType.values());

        private final String wildcard;
        @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable, of enum constants
        private final List<WireEnum> types;

        Kind(String wildcard, WireEnum[] types) {
            this.wildcard = wildcard;
            this.types = List.of(types);
        }

        /** How the docs and errors name this kind's types. */
        String wildcard() {
            return wildcard;
        }
    }

    /**
     * What a list asks for: a kind, and its types by wire name (empty for all of the kind); for the
     * intents' log, the same types as the intent store's enum.
     */
    record Selection(Kind kind, Set<String> names) {
        Set<EventType> intentTypes() {
            Set<EventType> result = EnumSet.noneOf(EventType.class);
            for (String name : names) {
                result.add(EventType.fromWire(name).orElseThrow());
            }
            return result;
        }
    }

    private EventKinds() {}

    /** An exact type, or a prefix wildcard such as {@code charge.*}. */
    static Selection typeOrWildcard(String type) {
        Kind kind = null;
        Set<String> names = new LinkedHashSet<>();
        String prefix = type.endsWith(".*") ? type.substring(0, type.length() - 1) : null;
        for (Kind k : Kind.values()) {
            for (WireEnum t : k.types) {
                if (prefix != null ? t.wireName().startsWith(prefix) : t.wireName().equals(type)) {
                    kind = k;
                    names.add(t.wireName());
                }
            }
        }
        if (kind == null) {
            throw unknownType(type, "type");
        }
        return new Selection(kind, names);
    }

    /** A list of exact types, all of one kind; null or empty for the intents' log, all types. */
    static Selection types(@Nullable List<String> names) {
        if (names == null || names.isEmpty()) {
            return new Selection(Kind.INTENTS, Set.of());
        }
        if (names.size() > MAX_TYPES) {
            throw Errors.invalid(null, "types", "types can have up to " + MAX_TYPES + " entries; got " + names.size()
                    + ".");
        }
        Kind kind = kindOf(names.get(0)).orElseThrow(() -> unknownType(names.get(0), "types[0]"));
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String param = "types[" + i + "]";
            Kind of = kindOf(name).orElseThrow(() -> unknownType(name, param));
            if (of != kind) {
                throw Errors.invalid(null, param, "The types of one list must all be of one kind (" + kind.wildcard()
                        + "); '" + name + "' is not. List each kind on its own.");
            }
            result.add(name);
        }
        return new Selection(kind, result);
    }

    private static java.util.Optional<Kind> kindOf(String name) {
        for (Kind k : Kind.values()) {
            for (WireEnum t : k.types) {
                if (t.wireName().equals(name)) {
                    return java.util.Optional.of(k);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static PaymentEngineException unknownType(String type, String param) {
        return Errors.invalid(null, param, "Invalid event type: '" + type + "'. Use one of the engine's event types "
                + "(payment_intent.*, charge.*, customer.*, payment_method.*, setup_intent.*), or a wildcard such as "
                + "charge.*.");
    }
}
