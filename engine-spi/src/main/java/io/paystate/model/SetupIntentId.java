package io.paystate.model;

/**
 * The typed value of the id of a SetupIntent, {@code seti_} followed by an opaque suffix.
 *
 * @param value the wire form, never null, starting with {@code seti_}
 */
public record SetupIntentId(String value) {
    /**
     * Throws {@link IllegalArgumentException} if {@code value} lacks the {@code seti_} prefix.
     *
     * @param value the wire form, never null, starting with {@code seti_}
     */
    public SetupIntentId {
        Ids.check(value, "seti_", "SetupIntentId");
    }

    /**
     * Returns the id for a wire value; equivalent to the constructor.
     *
     * @param value the wire form, never null, starting with {@code seti_}
     * @return the id
     */
    public static SetupIntentId of(String value) {
        return new SetupIntentId(value);
    }

    // Written out: ids are compared and hashed on every map lookup, and the record's generated
    // equals runs through a method-handle chain that compiled callers do not always inline.
    @Override
    public boolean equals(Object o) {
        return o instanceof SetupIntentId other && value.equals(other.value);
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
