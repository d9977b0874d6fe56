package io.paystate.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The shape Stripe gives a request parameter: its type and its limits. {@link ParameterCheck} holds a
 * request to these shapes before anything reads it; {@link ParameterTable} gives every parameter its
 * shape and its effect.
 */
sealed interface Shape {

    /** How a string is checked beyond its length. */
    enum TextKind {
        /** Free text: tab and line breaks are allowed, other control characters are not. */
        TEXT,
        /** An id, token or code: no control character at all. */
        TOKEN,
        /** An absolute {@code http} or {@code https} URL. */
        URL,
        /** An email address (checked further by the engine). */
        EMAIL
    }

    /**
     * A string (form encoding also sends numbers and booleans as strings).
     *
     * @param max the most characters Stripe accepts
     * @param kind what else is checked
     * @param values the accepted values of an enum, or null for any string
     */
    record Text(int max, TextKind kind, @Nullable List<String> values) implements Shape {
        public Text {
            if (max < 1) {
                throw new IllegalArgumentException("max must be positive");
            }
            values = values == null ? null : List.copyOf(values);
        }
    }

    /** An integer within {@code [min, max]}; outside it is an error Stripe reports as invalid. */
    record Int(long min, long max) implements Shape {}

    /** A boolean, or the strings {@code true} and {@code false}. */
    record Bool() implements Shape {}

    /** Either shape: the value is checked against the first one its JSON type suits. */
    record Either(Shape first, Shape second) implements Shape {}

    /**
     * An object with known keys; {@code ""} stands for "unset" (Stripe's form encoding).
     *
     * @param fields the keys, in the order the docs list them
     */
    record Obj(List<Field> fields) implements Shape {
        public Obj {
            fields = List.copyOf(fields);
        }

        @Nullable Field field(String name) {
            for (Field f : fields) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** A list, as a JSON array or as an object indexed {@code "0"}, {@code "1"}, ... */
    record ListOf(Shape element, int maxItems) implements Shape {}

    /** A map of strings ({@code metadata}): keys up to 40 characters, values up to 500. */
    record StringMap(int maxKeys, int maxKeyLength, int maxValueLength) implements Shape {}

    /**
     * An object PayState accepts without acting on it, checked for shape only: strings and lists
     * within their limits, no control characters, nesting at most {@code maxDepth} levels.
     */
    record Opaque(int maxDepth) implements Shape {}

    /** What a parameter does in PayState. */
    enum Effect {
        /** Acts as it does on Stripe. */
        APPLIED("applied"),
        /** Stored and shown on the intent as given; no effect in test mode. */
        RECORDED("stored and shown, no effect in test mode"),
        /** Checked and accepted; no effect in test mode and not shown. */
        ACCEPTED("accepted, no effect in test mode"),
        /** Refused with an error naming the parameter. */
        REFUSED("refused");

        private final String label;

        Effect(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * One parameter: its name, shape, effect and what a user should know about it.
     *
     * @param name the wire name at its level, e.g. {@code capture_method}
     * @param shape its shape
     * @param effect what it does
     * @param note what it does in detail; for a refused parameter, the error message
     * @param required whether it must be given
     * @param refusalCode the error code of a refusal, or null for none
     */
    record Field(String name, Shape shape, Effect effect, String note, boolean required,
            io.paystate.model.@Nullable ErrorCode refusalCode) {
        public Field(String name, Shape shape, Effect effect, String note, boolean required) {
            this(name, shape, effect, note, required, null);
        }

        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(shape, "shape");
            Objects.requireNonNull(effect, "effect");
            Objects.requireNonNull(note, "note");
        }
    }

    // factories that keep the table readable

    static Text text(int max) {
        return new Text(max, TextKind.TEXT, null);
    }

    static Text token(int max) {
        return new Text(max, TextKind.TOKEN, null);
    }

    static Text id() {
        return token(5000);
    }

    static Text url() {
        return new Text(5000, TextKind.URL, null);
    }

    static Text email() {
        return new Text(800, TextKind.EMAIL, null);
    }

    static Text oneOf(String... values) {
        return new Text(5000, TextKind.TOKEN, Arrays.asList(values));
    }

    static Int amount() {
        return new Int(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    static Int nonNegative() {
        return new Int(0, Long.MAX_VALUE);
    }

    static Bool bool() {
        return new Bool();
    }

    static ListOf listOf(Shape element, int max) {
        return new ListOf(element, max);
    }

    static Obj obj(Field... fields) {
        return new Obj(Arrays.asList(fields));
    }

    static Obj obj(List<Field> fields) {
        return new Obj(fields);
    }

    static Opaque opaque() {
        return new Opaque(6);
    }

    static Field applied(String name, Shape shape, String note) {
        return new Field(name, shape, Effect.APPLIED, note, false);
    }

    static Field required(String name, Shape shape, String note) {
        return new Field(name, shape, Effect.APPLIED, note, true);
    }

    static Field recorded(String name, Shape shape, String note) {
        return new Field(name, shape, Effect.RECORDED, note, false);
    }

    static Field accepted(String name, Shape shape, String note) {
        return new Field(name, shape, Effect.ACCEPTED, note, false);
    }

    static Field refused(String name, Shape shape, String message) {
        return new Field(name, shape, Effect.REFUSED, message, false);
    }

    /**
     * A reference to an object PayState does not keep: every id is unknown, so it is refused as
     * Stripe refuses an unknown id ({@code resource_missing}); {@code %s} stands for the value.
     */
    static Field unknownObject(String name, String objectName) {
        return new Field(name, id(), Effect.REFUSED, "No such " + objectName + ": '%s'", false,
                io.paystate.model.ErrorCode.RESOURCE_MISSING);
    }

    /** Joins field lists, the later ones replacing earlier fields of the same name. */
    @SafeVarargs
    static List<Field> merge(List<Field>... lists) {
        Map<String, Field> byName = new LinkedHashMap<>();
        for (List<Field> list : lists) {
            for (Field f : list) {
                byName.put(f.name(), f);
            }
        }
        return new ArrayList<>(byName.values());
    }

    /** Drops the named fields. */
    static List<Field> without(List<Field> fields, Set<String> names) {
        return fields.stream().filter(f -> !names.contains(f.name())).toList();
    }
}
