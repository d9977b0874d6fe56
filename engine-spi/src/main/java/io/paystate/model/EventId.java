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

    // Written out: ids are compared and hashed on every map lookup, and the record's generated
    // equals runs through a method-handle chain that compiled callers do not always inline.
    @Override
    public boolean equals(Object o) {
        return o instanceof EventId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
