package io.paystate.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment method the engine keeps ({@code pm_...} created through the API), with its customer and
 * where it stands in the reuse rules. The fixed test ids ({@code pm_card_visa}, ...) are not stored:
 * each use of one stands for a fresh method, as on Stripe.
 *
 * @param id the id
 * @param type the type: {@code card}, {@code us_bank_account}, {@code sepa_debit}, {@code customer_balance}
 * @param created engine-clock time of creation
 * @param customer the customer it is attached to, or null (also once detached)
 * @param brand the card brand, or null
 * @param last4 the last four digits, or null
 * @param metadata the host's key-value pairs
 * @param usage where it stands in the reuse rules
 * @param setUpFor for which future use it was set up (by a succeeded SetupIntent, or a payment with
 *     {@code setup_future_usage}), or null when it never was: an off-session payment of a card that
 *     needs authentication succeeds only once it was set up for {@code off_session}
 */
public record PaymentMethod(
        PaymentMethodId id,
        String type,
        Instant created,
        @Nullable CustomerId customer,
        @Nullable String brand,
        @Nullable String last4,
        Map<String, String> metadata,
        PaymentMethodUsage usage,
        @Nullable SetupFutureUsage setUpFor,
        BillingDetails billingDetails,
        @Nullable CardExpiry cardExpiry,
        AllowRedisplay allowRedisplay,
        @Nullable AccountHolderType accountHolderType) {
    /**
     * Copies the metadata; throws {@link IllegalArgumentException} if the customer does not match the usage.
     *
     * @param id the id
     * @param type the type
     * @param created engine-clock time of creation
     * @param customer the customer it is attached to, or null
     * @param brand the card brand, or null
     * @param last4 the last four digits, or null
     * @param metadata the host's key-value pairs
     * @param usage where it stands in the reuse rules
     * @param setUpFor for which future use it was set up, or null when it never was
     * @param billingDetails the holder's billing details ({@link BillingDetails#NONE} when none were
     *     given; null reads as that)
     * @param cardExpiry a card's expiry, or null when none was given
     * @param allowRedisplay whether the method may be shown again ({@link AllowRedisplay#UNSPECIFIED}
     *     when null)
     * @param accountHolderType a US bank account's holder type, or null
     */
    public PaymentMethod {
        // a method stored before these fields were kept reads back without them
        billingDetails = billingDetails == null ? BillingDetails.NONE : billingDetails;
        allowRedisplay = allowRedisplay == null ? AllowRedisplay.UNSPECIFIED : allowRedisplay;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(usage, "usage");
        metadata = Map.copyOf(metadata);
        if ((usage == PaymentMethodUsage.ATTACHED) != (customer != null)) {
            throw new IllegalArgumentException("a payment method has a customer exactly when it is attached");
        }
        if (cardExpiry != null && !type.equals("card")) {
            throw new IllegalArgumentException("only a card has an expiry, not a " + type);
        }
        if (accountHolderType != null && !type.equals("us_bank_account")) {
            throw new IllegalArgumentException("only a US bank account has an account holder type, not a " + type);
        }
    }

    /**
     * Creates a method with default card expiry, redisplay and account holder type.
     *
     * @param id the id
     * @param type the type
     * @param created engine-clock time of creation
     * @param customer the customer it is attached to, or null
     * @param brand the card brand, or null
     * @param last4 the last four digits, or null
     * @param metadata the host's key-value pairs
     * @param usage where it stands in the reuse rules
     * @param setUpFor for which future use it was set up, or null when it never was
     * @param billingDetails the holder's billing details
     */
    public PaymentMethod(PaymentMethodId id, String type, Instant created, @Nullable CustomerId customer,
            @Nullable String brand, @Nullable String last4, Map<String, String> metadata, PaymentMethodUsage usage,
            @Nullable SetupFutureUsage setUpFor, BillingDetails billingDetails) {
        this(id, type, created, customer, brand, last4, metadata, usage, setUpFor, billingDetails, null,
                AllowRedisplay.UNSPECIFIED, null);
    }

    /**
     * Creates a method that was never set up for future use.
     *
     * @param id the id
     * @param type the type
     * @param created engine-clock time of creation
     * @param customer the customer it is attached to, or null
     * @param brand the card brand, or null
     * @param last4 the last four digits, or null
     * @param metadata the host's key-value pairs
     * @param usage where it stands in the reuse rules
     */
    public PaymentMethod(PaymentMethodId id, String type, Instant created, @Nullable CustomerId customer,
            @Nullable String brand, @Nullable String last4, Map<String, String> metadata, PaymentMethodUsage usage) {
        this(id, type, created, customer, brand, last4, metadata, usage, null, BillingDetails.NONE, null,
                AllowRedisplay.UNSPECIFIED, null);
    }

    /**
     * Creates a method without billing details.
     *
     * @param id the id
     * @param type the type
     * @param created engine-clock time of creation
     * @param customer the customer it is attached to, or null
     * @param brand the card brand, or null
     * @param last4 the last four digits, or null
     * @param metadata the host's key-value pairs
     * @param usage where it stands in the reuse rules
     * @param setUpFor for which future use it was set up, or null when it never was
     */
    public PaymentMethod(PaymentMethodId id, String type, Instant created, @Nullable CustomerId customer,
            @Nullable String brand, @Nullable String last4, Map<String, String> metadata, PaymentMethodUsage usage,
            @Nullable SetupFutureUsage setUpFor) {
        this(id, type, created, customer, brand, last4, metadata, usage, setUpFor, BillingDetails.NONE, null,
                AllowRedisplay.UNSPECIFIED, null);
    }

    /**
     * Returns this method in another state of the reuse rules.
     *
     * @param newCustomer the customer, for {@link PaymentMethodUsage#ATTACHED} only
     * @param newUsage the new state
     * @return the changed method
     */
    public PaymentMethod with(@Nullable CustomerId newCustomer, PaymentMethodUsage newUsage) {
        return new PaymentMethod(id, type, created, newCustomer, brand, last4, metadata, newUsage, setUpFor,
                billingDetails, cardExpiry, allowRedisplay, accountHolderType);
    }

    /**
     * Returns this method as set up for a future use. Off-session wins: a method once set up for
     * {@code off_session} stays so when it is later set up for {@code on_session}.
     *
     * @param future the use it was set up for
     * @return the changed method
     */
    public PaymentMethod setUp(SetupFutureUsage future) {
        SetupFutureUsage kept = setUpFor == SetupFutureUsage.OFF_SESSION ? setUpFor : future;
        return new PaymentMethod(id, type, created, customer, brand, last4, metadata, usage, kept, billingDetails,
                cardExpiry, allowRedisplay, accountHolderType);
    }

    /**
     * Returns this method with the fields a payment-method update changes; its identity, customer and
     * place in the reuse rules stay.
     *
     * @param newMetadata the key-value pairs
     * @param newBilling the billing details
     * @param newExpiry the card expiry, or null
     * @param newRedisplay whether it may be shown again
     * @param newHolderType the US bank account's holder type, or null
     * @return the changed method
     */
    public PaymentMethod updated(Map<String, String> newMetadata, BillingDetails newBilling,
            @Nullable CardExpiry newExpiry, AllowRedisplay newRedisplay, @Nullable AccountHolderType newHolderType) {
        return new PaymentMethod(id, type, created, customer, brand, last4, newMetadata, usage, setUpFor, newBilling,
                newExpiry, newRedisplay, newHolderType);
    }
}
