package io.paystate.model;

/** A closed Stripe vocabulary whose constants carry their wire name. */
public interface WireEnum {
    /**
     * Returns the value as Stripe spells it on the wire, e.g. {@code requires_capture}.
     *
     * @return the value as Stripe spells it on the wire, e.g. {@code requires_capture}
     */
    String wireName();
}
