package io.paystate.spi;

import io.paystate.model.BillingDetails;
import io.paystate.model.CardExpiry;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.SetupFutureUsage;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the engine needs to know of a payment method.
 *
 * @param id the payment method's id
 * @param type its type, e.g. {@code card}, {@code sepa_debit}, {@code us_bank_account}
 * @param brand the card brand, e.g. {@code visa}; null for other types
 * @param last4 the last four digits of the card or account number
 * @param setUpFor for which future use the engine's stored method was set up (by a succeeded
 *     SetupIntent or a payment with {@code setup_future_usage}), or null: the engine fills it from
 *     its {@code PaymentMethodStore} before it asks the processor, so a processor decides an
 *     off-session payment on the stored method's state, not on the intent's
 * @param billingDetails the holder's billing details, or null: the engine fills them from what the
 *     method was created with, for the charges made with it; processors need not set them
 * @param cardExpiry a stored card's expiry, or null: the engine fills it from its
 *     {@code PaymentMethodStore} for the charges made with it; processors need not set it
 */
public record PaymentMethodDetails(PaymentMethodId id, String type, @Nullable String brand, @Nullable String last4,
        @Nullable SetupFutureUsage setUpFor, @Nullable BillingDetails billingDetails,
        @Nullable CardExpiry cardExpiry) {
    /**
     * Throws {@link IllegalArgumentException} if last4 is longer than four characters.
     *
     * @param id the payment method's id
     * @param type its type, e.g. {@code card}, {@code sepa_debit}, {@code us_bank_account}
     * @param brand the card brand, e.g. {@code visa}; null for other types
     * @param last4 the last four digits of the card or account number
     * @param setUpFor for which future use the stored method was set up, or null
     * @param billingDetails the holder's billing details, or null
     * @param cardExpiry a stored card's expiry, or null
     */
    public PaymentMethodDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (last4 != null && last4.length() > 4) {
            throw new IllegalArgumentException("last4 must have at most four characters");
        }
    }

    /**
     * Creates the details of a method without a stored card expiry.
     *
     * @param id the payment method's id
     * @param type its type
     * @param brand the card brand, or null
     * @param last4 the last four digits, or null
     * @param setUpFor for which future use it was set up, or null
     * @param billingDetails the holder's billing details, or null
     */
    public PaymentMethodDetails(PaymentMethodId id, String type, @Nullable String brand, @Nullable String last4,
            @Nullable SetupFutureUsage setUpFor, @Nullable BillingDetails billingDetails) {
        this(id, type, brand, last4, setUpFor, billingDetails, null);
    }

    /**
     * Creates the details of a method never set up for future use, as a processor describes it.
     *
     * @param id the payment method's id
     * @param type its type
     * @param brand the card brand, or null
     * @param last4 the last four digits, or null
     */
    public PaymentMethodDetails(PaymentMethodId id, String type, @Nullable String brand, @Nullable String last4) {
        this(id, type, brand, last4, null, null);
    }

    /**
     * Creates the details of a method, without billing details.
     *
     * @param id the payment method's id
     * @param type its type
     * @param brand the card brand, or null
     * @param last4 the last four digits, or null
     * @param setUpFor for which future use it was set up, or null
     */
    public PaymentMethodDetails(PaymentMethodId id, String type, @Nullable String brand, @Nullable String last4,
            @Nullable SetupFutureUsage setUpFor) {
        this(id, type, brand, last4, setUpFor, null);
    }

    /**
     * Returns these details with the holder's billing details, which the engine keeps with the
     * method and shows on its charges.
     *
     * @param billing the billing details, or null
     * @return the details
     */
    public PaymentMethodDetails withBillingDetails(@Nullable BillingDetails billing) {
        return new PaymentMethodDetails(id, type, brand, last4, setUpFor, billing, cardExpiry);
    }

    /**
     * Returns these details with the stored method's setup state.
     *
     * @param future for which future use it was set up, or null
     * @return the details
     */
    public PaymentMethodDetails withSetUpFor(@Nullable SetupFutureUsage future) {
        return new PaymentMethodDetails(id, type, brand, last4, future, billingDetails, cardExpiry);
    }

    /**
     * Returns these details with the stored card's expiry, which the engine keeps with the method
     * and shows on its charges.
     *
     * @param expiry the expiry, or null
     * @return the details
     */
    public PaymentMethodDetails withCardExpiry(@Nullable CardExpiry expiry) {
        return new PaymentMethodDetails(id, type, brand, last4, setUpFor, billingDetails, expiry);
    }
}
