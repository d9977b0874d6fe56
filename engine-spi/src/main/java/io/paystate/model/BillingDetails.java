package io.paystate.model;

import org.jspecify.annotations.Nullable;

/**
 * Stripe's {@code billing_details} of a payment method: the billing address and contact of its
 * holder, as given with the method ({@code payment_method_data[billing_details]} or
 * {@code POST /v1/payment_methods}), and shown on the method and on each charge made with it.
 *
 * @param address the billing address, or null
 * @param email the holder's email, or null
 * @param name the holder's full name, or null
 * @param phone the holder's phone number, or null
 */
public record BillingDetails(@Nullable Address address, @Nullable String email, @Nullable String name,
        @Nullable String phone) {
    /** No billing details given: every field null, as Stripe shows them. */
    public static final BillingDetails NONE = new BillingDetails(null, null, null, null);
}
