package io.paystate.model;

/** Stripe's {@code account_holder_type} of a US bank account payment method. */
public enum AccountHolderType implements WireEnum {
    /** {@code individual}, the test bank accounts' default. */
    INDIVIDUAL("individual"),
    /** {@code company}. */
    COMPANY("company");

    private final String wireName;

    AccountHolderType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
