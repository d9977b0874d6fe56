package io.paystate.testkit.tck;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.Charge;
import io.paystate.model.ChargeId;
import io.paystate.model.ChargeStatus;
import io.paystate.model.ConfirmationMethod;
import io.paystate.model.Currency;
import io.paystate.model.CustomerId;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds valid {@link StoredIntent}s for contract tests and host fixtures, without an engine: new
 * intents, and copies moved to another status or carrying other data. Every result satisfies the
 * model's invariants.
 *
 * <p>Thread safety: stateless.
 */
public final class Fixtures {
    private Fixtures() {}

    /**
     * Returns a not-yet-stored intent (version 0, ordinal 0) in {@code requires_payment_method},
     * in {@code usd}, without metadata.
     *
     * @param account the owning account
     * @param id the intent id, {@code pi_...}
     * @param createdEpochSecond the creation time, Unix seconds
     * @param customer the customer, or null
     * @param amount the amount in minor units, positive
     * @return the intent, not stored yet
     */
    public static StoredIntent newIntent(AccountId account, String id, long createdEpochSecond,
            @Nullable String customer, long amount) {
        PaymentIntent pi = new PaymentIntent(PaymentIntentId.of(id), id + "_secret_test", amount, 0, 0,
                Currency.of("usd"), PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, CaptureMethod.AUTOMATIC_ASYNC,
                ConfirmationMethod.AUTOMATIC, null, null, Instant.ofEpochSecond(createdEpochSecond),
                customer == null ? null : CustomerId.of(customer), null, Map.of(), null, null, null, null,
                List.of("card"), CardOptions.NONE, null, null, null, null, null, List.of(), null, false);
        return new StoredIntent(account, pi, List.of(), 0, 0, null, null, false, 0, 0, 0, 0);
    }

    /**
     * Returns a copy of {@code stored} held in {@code requires_capture} (its whole amount capturable) until {@code expiresAt}.
     *
     * @param stored the stored copy
     * @param expiresAt when the current authorization expires (set while {@code requires_capture})
     * @return a copy of {@code stored} held in {@code requires_capture} (its whole amount capturable) until {@code expiresAt}
     */
    public static StoredIntent held(StoredIntent stored, Instant expiresAt) {
        PaymentIntent p = stored.intent();
        return with(stored, rebuild(p, PaymentIntentStatus.REQUIRES_CAPTURE, p.amount(), CaptureMethod.MANUAL,
                p.currency(), p.metadata(), p.description()), Objects.requireNonNull(expiresAt, "expiresAt"), null);
    }

    /**
     * Returns a copy of {@code stored} in {@code processing}, settling at {@code settlesAt}.
     *
     * @param stored the stored copy
     * @param settlesAt when an asynchronous payment settles (set while {@code processing})
     * @return a copy of {@code stored} in {@code processing}, settling at {@code settlesAt}
     */
    public static StoredIntent processing(StoredIntent stored, Instant settlesAt) {
        PaymentIntent p = stored.intent();
        return with(stored, rebuild(p, PaymentIntentStatus.PROCESSING, 0, p.captureMethod(), p.currency(),
                p.metadata(), p.description()), null, Objects.requireNonNull(settlesAt, "settlesAt"));
    }

    /**
     * Returns a copy of {@code stored} back in {@code requires_payment_method}, with no deadline.
     *
     * @param stored the stored copy
     * @return a copy of {@code stored} back in {@code requires_payment_method}, with no deadline
     */
    public static StoredIntent released(StoredIntent stored) {
        PaymentIntent p = stored.intent();
        return with(stored, rebuild(p, PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, 0, p.captureMethod(),
                p.currency(), p.metadata(), p.description()), null, null);
    }

    /**
     * Returns a copy of {@code stored} with another description (a change that keeps every invariant).
     *
     * @param stored the stored copy
     * @param description free text, at most 1000 characters
     * @return a copy of {@code stored} with another description (a change that keeps every invariant)
     */
    public static StoredIntent described(StoredIntent stored, String description) {
        PaymentIntent p = stored.intent();
        return with(stored, rebuild(p, p.status(), p.amountCapturable(), p.captureMethod(), p.currency(),
                p.metadata(), description), stored.expiresAt(), stored.settlesAt());
    }

    /**
     * Returns a copy of {@code stored} with this metadata and currency.
     *
     * @param stored the stored copy
     * @param currency the currency
     * @param metadata at most 50 keys of at most 40 characters, values of at most 500
     * @return a copy of {@code stored} with this metadata and currency
     */
    public static StoredIntent tagged(StoredIntent stored, Currency currency, Map<String, String> metadata) {
        PaymentIntent p = stored.intent();
        return with(stored, rebuild(p, p.status(), p.amountCapturable(), p.captureMethod(), currency, metadata,
                p.description()), stored.expiresAt(), stored.settlesAt());
    }

    /**
     * Returns a copy of {@code stored} with every bookkeeping component set to a non-default value
     * (a failed charge, raw {@code expiresAt} and {@code settlesAt} that are no deadline in this
     * status, counters), to check that a store hands every component back unchanged.
     *
     * @param stored the stored copy
     * @return a copy of {@code stored} with every bookkeeping component set to a non-default value (a failed charge, raw {@code expiresAt} and {@code settlesAt} that are no deadline in this status, counters), to check that a store hands every component back unchanged
     */
    public static StoredIntent withBookkeeping(StoredIntent stored) {
        PaymentIntent p = stored.intent();
        Charge charge = new Charge(ChargeId.of("ch_" + p.id().value().substring(3)), p.id(), p.amount(), p.currency(),
                0, 0, false, false, ChargeStatus.FAILED, io.paystate.model.ErrorCode.CARD_DECLINED,
                "Your card was declined.", "generic_decline", PaymentMethodId.of("pm_card_visa_chargeDeclined"),
                null, false, null, p.created());
        return new StoredIntent(stored.account(), p, List.of(charge), stored.version(), stored.ordinal(),
                p.created().plusSeconds(604_800), p.created().plusSeconds(180), true, 2, 5, 1, 300);
    }

    /**
     * Returns a copy of {@code stored} whose last event has this sequence number.
     *
     * @param stored the intent
     * @param eventSequence the sequence number of the last event
     * @return a copy of {@code stored} whose last event has this sequence number
     */
    public static StoredIntent withEventSequence(StoredIntent stored, long eventSequence) {
        StoredIntent s = stored;
        return new StoredIntent(s.account(), s.intent(), s.charges(), s.version(), s.ordinal(), s.expiresAt(),
                s.settlesAt(), s.authenticated(), s.incrementAttempts(), eventSequence, s.verificationAttempts(),
                s.amountFunded());
    }

    /**
     * Returns an event of {@code stored}'s intent with this sequence and type, created at
     * {@code createdEpochSecond}, with an id unique to the intent and sequence.
     *
     * @throws IllegalArgumentException for a {@code charge.*} type, which needs a charge
     * @param type the event type
     * @param stored the intent
     * @param sequence the sequence number
     * @param createdEpochSecond the creation time, Unix seconds
     * @return an event of {@code stored}'s intent with this sequence and type, created at {@code createdEpochSecond}, with an id unique to the intent and sequence
     */
    public static PaymentEvent event(StoredIntent stored, long sequence, EventType type, long createdEpochSecond) {
        return new PaymentEvent(EventId.of("evt_" + stored.intent().id().value().substring(3) + "_" + sequence), type,
                Instant.ofEpochSecond(createdEpochSecond), stored.account(), stored.intent(), null, sequence, null, null);
    }

    private static StoredIntent with(StoredIntent s, PaymentIntent pi, @Nullable Instant expiresAt,
            @Nullable Instant settlesAt) {
        return new StoredIntent(s.account(), pi, s.charges(), s.version(), s.ordinal(), expiresAt, settlesAt,
                s.authenticated(), s.incrementAttempts(), s.eventSequence(), s.verificationAttempts(), s.amountFunded());
    }

    private static PaymentIntent rebuild(PaymentIntent p, PaymentIntentStatus status, long capturable,
            CaptureMethod captureMethod, Currency currency, Map<String, String> metadata,
            @Nullable String description) {
        return new PaymentIntent(p.id(), p.clientSecret(), p.amount(), capturable, p.amountReceived(), currency, status,
                captureMethod, p.confirmationMethod(), null, null, p.created(), p.customer(), description, metadata,
                null, null, p.latestCharge(), p.paymentMethod(), p.paymentMethodTypes(), p.cardOptions(),
                p.receiptEmail(), p.setupFutureUsage(), p.statementDescriptor(), p.statementDescriptorSuffix(),
                p.shipping(), p.lineItems(), p.automaticPaymentMethods(), p.livemode());
    }
}
