package io.paystate.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of a PaymentIntent with every lifecycle field of Stripe's object (spec B 1.1).
 * Only the engine produces new states; hosts build instances only in storage adapters and tests.
 *
 * <p>The constructor enforces the lifecycle's invariants, so no instance is ever internally
 * inconsistent: {@code amount_capturable > 0} only in {@code requires_capture},
 * {@code amount_received <= amount}, {@code canceled_at} set exactly when canceled, a
 * {@code next_action} exactly while {@code requires_action}.
 *
 * <p>{@link #toString()} never shows the {@code client_secret}.
 *
 * @param id the intent's id, {@code pi_...}
 * @param clientSecret the secret that lets a client retrieve and confirm the intent with a publishable key
 * @param amount the amount to collect, minor units, {@code > 0}
 * @param amountCapturable how much may still be captured (non-zero only in {@code requires_capture})
 * @param amountReceived how much was collected
 * @param currency the currency
 * @param status the status
 * @param captureMethod when funds are captured
 * @param confirmationMethod how next actions lead back to confirmation
 * @param cancellationReason why the intent was canceled
 * @param canceledAt when the intent was canceled
 * @param created when the intent was created (the authorization window counts from here)
 * @param customer the host's customer
 * @param description free text, at most 1000 characters
 * @param metadata at most 50 keys of at most 40 characters, values of at most 500
 * @param lastPaymentError the error of the most recent failed attempt
 * @param nextAction what the customer must do, while {@code requires_action}
 * @param latestCharge the newest charge, failed ones included
 * @param paymentMethod the attached payment method
 * @param paymentMethodTypes the payment-method types this intent accepts
 * @param cardOptions {@code payment_method_options.card}
 * @param receiptEmail where a receipt would be sent
 * @param setupFutureUsage how the payment method may be reused
 * @param statementDescriptor the statement descriptor (non-card payments)
 * @param statementDescriptorSuffix the statement descriptor suffix (card payments)
 * @param shipping shipping information
 * @param lineItems {@code amount_details.line_items}, at most 200, in the order given
 * @param automaticPaymentMethods {@code automatic_payment_methods}, or null
 * @param livemode always false for the engine's test mode
 * @param recorded fields stored and shown as given, without effect in test mode
 */
public record PaymentIntent(
        PaymentIntentId id,
        String clientSecret,
        long amount,
        long amountCapturable,
        long amountReceived,
        Currency currency,
        PaymentIntentStatus status,
        CaptureMethod captureMethod,
        ConfirmationMethod confirmationMethod,
        @Nullable CancellationReason cancellationReason,
        @Nullable Instant canceledAt,
        Instant created,
        @Nullable CustomerId customer,
        @Nullable String description,
        Map<String, String> metadata,
        @Nullable LastPaymentError lastPaymentError,
        @Nullable NextAction nextAction,
        @Nullable ChargeId latestCharge,
        @Nullable PaymentMethodId paymentMethod,
        List<String> paymentMethodTypes,
        CardOptions cardOptions,
        @Nullable String receiptEmail,
        @Nullable SetupFutureUsage setupFutureUsage,
        @Nullable String statementDescriptor,
        @Nullable String statementDescriptorSuffix,
        @Nullable Shipping shipping,
        List<LineItem> lineItems,
        @Nullable AutomaticPaymentMethods automaticPaymentMethods,
        boolean livemode,
        RecordedFields recorded) {

    /**
     * Validates the lifecycle invariants and copies the collections.
     *
     * @param id the intent's id, {@code pi_...}
     * @param clientSecret the secret that lets a client retrieve and confirm the intent with a publishable key
     * @param amount the amount to collect, minor units, {@code > 0}
     * @param amountCapturable how much may still be captured (non-zero only in {@code requires_capture})
     * @param amountReceived how much was collected
     * @param currency the currency
     * @param status the status
     * @param captureMethod when funds are captured
     * @param confirmationMethod how next actions lead back to confirmation
     * @param cancellationReason why the intent was canceled
     * @param canceledAt when the intent was canceled
     * @param created when the intent was created (the authorization window counts from here)
     * @param customer the host's customer
     * @param description free text, at most 1000 characters
     * @param metadata at most 50 keys of at most 40 characters, values of at most 500
     * @param lastPaymentError the error of the most recent failed attempt
     * @param nextAction what the customer must do, while {@code requires_action}
     * @param latestCharge the newest charge, failed ones included
     * @param paymentMethod the attached payment method
     * @param paymentMethodTypes the payment-method types this intent accepts
     * @param cardOptions {@code payment_method_options.card}
     * @param receiptEmail where a receipt would be sent
     * @param setupFutureUsage how the payment method may be reused
     * @param statementDescriptor the statement descriptor (non-card payments)
     * @param statementDescriptorSuffix the statement descriptor suffix (card payments)
     * @param shipping shipping information
     * @param lineItems {@code amount_details.line_items}, at most 200, in the order given
     * @param automaticPaymentMethods {@code automatic_payment_methods}, or null
     * @param livemode always false for the engine's test mode
     * @throws IllegalArgumentException if the snapshot is inconsistent
     * @param recorded fields stored and shown as given, without effect in test mode
     */
    public PaymentIntent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(captureMethod, "captureMethod");
        Objects.requireNonNull(confirmationMethod, "confirmationMethod");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(cardOptions, "cardOptions");
        Objects.requireNonNull(recorded, "recorded");
        metadata = Map.copyOf(metadata);
        paymentMethodTypes = List.copyOf(paymentMethodTypes);
        lineItems = List.copyOf(lineItems);
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        if (amountReceived < 0 || amountReceived > amount) {
            throw new IllegalArgumentException("amount_received must be within 0..amount: " + amountReceived);
        }
        if (amountCapturable < 0 || amountCapturable > amount) {
            throw new IllegalArgumentException("amount_capturable must be within 0..amount: " + amountCapturable);
        }
        if (amountCapturable > 0 != (status == PaymentIntentStatus.REQUIRES_CAPTURE)) {
            throw new IllegalArgumentException(
                    "amount_capturable is positive exactly in requires_capture, not " + status.wireName());
        }
        if ((canceledAt != null) != (status == PaymentIntentStatus.CANCELED)) {
            throw new IllegalArgumentException("canceled_at is set exactly when the intent is canceled");
        }
        if (cancellationReason != null && status != PaymentIntentStatus.CANCELED) {
            throw new IllegalArgumentException("cancellation_reason is only set on a canceled intent");
        }
        if ((nextAction != null) != (status == PaymentIntentStatus.REQUIRES_ACTION)) {
            throw new IllegalArgumentException("next_action is set exactly while requires_action");
        }
        if (paymentMethodTypes.isEmpty()) {
            throw new IllegalArgumentException("payment_method_types must not be empty");
        }
    }

    /**
     * Creates a snapshot without recorded fields ({@link RecordedFields#NONE}), the shape of
     * snapshots before those fields existed.
     *
     * @throws IllegalArgumentException if the snapshot is inconsistent
     * @param status the status
     * @param statementDescriptorSuffix the statement descriptor suffix (card payments)
     * @param statementDescriptor the statement descriptor (non-card payments)
     * @param shipping shipping information
     * @param setupFutureUsage how the payment method may be reused
     * @param receiptEmail where a receipt would be sent
     * @param paymentMethodTypes the payment-method types this intent accepts
     * @param paymentMethod the attached payment method
     * @param nextAction what the customer must do, while {@code requires_action}
     * @param metadata at most 50 keys of at most 40 characters, values of at most 500
     * @param livemode always false for the engine's test mode
     * @param lineItems {@code amount_details.line_items}, at most 200, in the order given
     * @param latestCharge the newest charge, failed ones included
     * @param lastPaymentError the error of the most recent failed attempt
     * @param id the intent's id, {@code pi_...}
     * @param description free text, at most 1000 characters
     * @param customer the host's customer
     * @param currency the currency
     * @param created when the intent was created (the authorization window counts from here)
     * @param confirmationMethod how next actions lead back to confirmation
     * @param clientSecret the secret that lets a client retrieve and confirm the intent with a publishable key
     * @param cardOptions {@code payment_method_options.card}
     * @param captureMethod when funds are captured
     * @param cancellationReason why the intent was canceled
     * @param canceledAt when the intent was canceled
     * @param automaticPaymentMethods {@code automatic_payment_methods}, or null
     * @param amountReceived how much was collected
     * @param amountCapturable how much may still be captured (non-zero only in {@code requires_capture})
     * @param amount the amount to collect, minor units, {@code > 0}
     */
    public PaymentIntent(PaymentIntentId id, String clientSecret, long amount, long amountCapturable,
            long amountReceived, Currency currency, PaymentIntentStatus status, CaptureMethod captureMethod,
            ConfirmationMethod confirmationMethod, @Nullable CancellationReason cancellationReason,
            @Nullable Instant canceledAt, Instant created, @Nullable CustomerId customer, @Nullable String description,
            Map<String, String> metadata, @Nullable LastPaymentError lastPaymentError, @Nullable NextAction nextAction,
            @Nullable ChargeId latestCharge, @Nullable PaymentMethodId paymentMethod, List<String> paymentMethodTypes,
            CardOptions cardOptions, @Nullable String receiptEmail, @Nullable SetupFutureUsage setupFutureUsage,
            @Nullable String statementDescriptor, @Nullable String statementDescriptorSuffix,
            @Nullable Shipping shipping, List<LineItem> lineItems,
            @Nullable AutomaticPaymentMethods automaticPaymentMethods, boolean livemode) {
        this(id, clientSecret, amount, amountCapturable, amountReceived, currency, status, captureMethod,
                confirmationMethod, cancellationReason, canceledAt, created, customer, description, metadata,
                lastPaymentError, nextAction, latestCharge, paymentMethod, paymentMethodTypes, cardOptions,
                receiptEmail, setupFutureUsage, statementDescriptor, statementDescriptorSuffix, shipping, lineItems,
                automaticPaymentMethods, livemode, RecordedFields.NONE);
    }

    /**
     * Returns {@link #amount()} as money.
     *
     * @return {@link #amount()} as money
     */
    public Money amountMoney() {
        return new Money(amount, currency);
    }

    /**
     * Returns the capture method that applies to card payments: the card option when set, otherwise
     * the intent's.
     *
     * @return the capture method that applies to card payments: the card option when set, otherwise the intent's
     */
    public CaptureMethod effectiveCaptureMethod() {
        CaptureMethod override = cardOptions.captureMethod();
        return override != null ? override : captureMethod;
    }

    /**
     * Returns the intent as Stripe shows it to a publishable key (client-side retrieve and confirm):
     * the same snapshot without {@code customer}, {@code metadata}, {@code latest_charge},
     * {@code payment_method_options}, the statement descriptors, and the {@code charge} of
     * {@code last_payment_error}. Everything the customer's browser needs to finish the payment stays.
     *
     * @return the intent as Stripe shows it to a publishable key (client-side retrieve and confirm): the same snapshot without {@code customer}, {@code metadata}, {@code latest_charge}, {@code payment_method_options}, the statement descriptors, and the {@code charge} of {@code last_payment_error}
     */
    public PaymentIntent publishableView() {
        LastPaymentError error = lastPaymentError == null ? null : new LastPaymentError(lastPaymentError.type(),
                lastPaymentError.code(), lastPaymentError.declineCode(), lastPaymentError.message(), null,
                lastPaymentError.paymentMethod(), lastPaymentError.paymentMethodType(), lastPaymentError.adviceCode());
        return new PaymentIntent(id, clientSecret, amount, amountCapturable, amountReceived, currency, status,
                captureMethod, confirmationMethod, cancellationReason, canceledAt, created, null, description,
                Map.of(), error, nextAction, null, paymentMethod, paymentMethodTypes, CardOptions.NONE, receiptEmail,
                setupFutureUsage, null, null, shipping, lineItems, automaticPaymentMethods, livemode,
                RecordedFields.NONE);
    }

    @Override
    public String toString() {
        return "PaymentIntent[id=" + id + ", status=" + status.wireName() + ", amount=" + amount + " " + currency
                + ", amountCapturable=" + amountCapturable + ", amountReceived=" + amountReceived
                + ", captureMethod=" + captureMethod.wireName() + ", paymentMethod=" + paymentMethod
                + ", latestCharge=" + latestCharge + ", lastPaymentError="
                + (lastPaymentError == null ? null : lastPaymentError.code().wireName())
                + ", cancellationReason=" + (cancellationReason == null ? null : cancellationReason.wireName())
                + ", created=" + created.getEpochSecond() + ", clientSecret=<redacted>]";
    }
}
