package io.paystate.model;

/**
 * The typed value of the id of an event, `evt_` followed by an opaque suffix.
 *
 * @param value the wire form, never null, starting with {@code evt_}
 */
public record EventId(String value) {
    /**
     * Throws {@link IllegalArgumentException} if {@code value} lacks the {@code evt_} prefix.
     *
     * @param value the wire form, never null, starting with {@code evt_}
     */
    public EventId {
        Ids.check(value, "evt_", "EventId");
    }

    /**
     * Returns the id for a wire value; equivalent to the constructor.
     *
     * @param value the wire form, never null, starting with {@code evt_}
     * @return the id for a wire value; equivalent to the constructor
     */
    public static EventId of(String value) {
        return new EventId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
