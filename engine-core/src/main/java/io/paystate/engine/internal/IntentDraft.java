package io.paystate.engine.internal;

import io.paystate.model.AccountId;
import io.paystate.model.CancellationReason;
import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.Charge;
import io.paystate.model.ChargeId;
import io.paystate.model.ConfirmationMethod;
import io.paystate.model.Currency;
import io.paystate.model.CustomerId;
import io.paystate.model.LastPaymentError;
import io.paystate.model.LineItem;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.Shipping;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A mutable working copy of a stored intent inside one command, under the intent's lock. The public
 * records stay immutable; this is the only place their fields change, and {@link #snapshot()}
 * re-validates every invariant through the record constructors.
 */
final class IntentDraft {
    final AccountId account;
    final PaymentIntentId id;
    final String clientSecret;
    long amount;
    long amountCapturable;
    long amountReceived;
    Currency currency;
    PaymentIntentStatus status;
    CaptureMethod captureMethod;
    ConfirmationMethod confirmationMethod;
    @Nullable CancellationReason cancellationReason;
    @Nullable Instant canceledAt;
    final Instant created;
    @Nullable CustomerId customer;
    @Nullable String description;
    /** Always an immutable map, so that snapshots share it instead of copying it. */
    Map<String, String> metadata;
    @Nullable LastPaymentError lastPaymentError;
    @Nullable NextAction nextAction;
    @Nullable PaymentMethodId paymentMethod;
    List<String> paymentMethodTypes;
    CardOptions cardOptions;
    @Nullable String receiptEmail;
    @Nullable SetupFutureUsage setupFutureUsage;
    @Nullable String statementDescriptor;
    @Nullable String statementDescriptorSuffix;
    @Nullable Shipping shipping;
    List<LineItem> lineItems = List.of();
    io.paystate.model.@Nullable AutomaticPaymentMethods automaticPaymentMethods;
    io.paystate.model.RecordedFields recorded = io.paystate.model.RecordedFields.NONE;
    // the charges as the stored intent holds them: no list per draft for the usual single charge
    private List<Charge> earlierCharges;
    private @Nullable Charge latestCharge;
    final long version;
    final long ordinal;
    @Nullable Instant expiresAt;
    @Nullable Instant settlesAt;
    boolean authenticated;
    int incrementAttempts;
    long eventSequence;
    int verificationAttempts;
    long amountFunded;
    private @Nullable PaymentIntent lastSnapshot;

    IntentDraft(AccountId account, PaymentIntentId id, String clientSecret, long amount, Currency currency,
            PaymentIntentStatus status, CaptureMethod captureMethod, ConfirmationMethod confirmationMethod,
            Instant created, List<String> paymentMethodTypes, CardOptions cardOptions) {
        this.account = account;
        this.id = id;
        this.clientSecret = clientSecret;
        this.amount = amount;
        this.currency = currency;
        this.status = status;
        this.captureMethod = captureMethod;
        this.confirmationMethod = confirmationMethod;
        this.created = created;
        this.metadata = Map.of();
        this.paymentMethodTypes = List.copyOf(paymentMethodTypes);
        this.cardOptions = cardOptions;
        this.earlierCharges = List.of();
        this.version = 0;
        this.ordinal = 0;
    }

    IntentDraft(StoredIntent stored) {
        PaymentIntent pi = stored.intent();
        this.account = stored.account();
        this.id = pi.id();
        this.clientSecret = pi.clientSecret();
        this.amount = pi.amount();
        this.amountCapturable = pi.amountCapturable();
        this.amountReceived = pi.amountReceived();
        this.currency = pi.currency();
        this.status = pi.status();
        this.captureMethod = pi.captureMethod();
        this.confirmationMethod = pi.confirmationMethod();
        this.cancellationReason = pi.cancellationReason();
        this.canceledAt = pi.canceledAt();
        this.created = pi.created();
        this.customer = pi.customer();
        this.description = pi.description();
        this.metadata = pi.metadata();
        this.lastPaymentError = pi.lastPaymentError();
        this.nextAction = pi.nextAction();
        this.paymentMethod = pi.paymentMethod();
        this.paymentMethodTypes = pi.paymentMethodTypes();
        this.cardOptions = pi.cardOptions();
        this.receiptEmail = pi.receiptEmail();
        this.setupFutureUsage = pi.setupFutureUsage();
        this.statementDescriptor = pi.statementDescriptor();
        this.statementDescriptorSuffix = pi.statementDescriptorSuffix();
        this.shipping = pi.shipping();
        this.lineItems = pi.lineItems();
        this.automaticPaymentMethods = pi.automaticPaymentMethods();
        this.recorded = pi.recorded();
        this.earlierCharges = stored.earlierCharges();
        this.latestCharge = stored.latestCharge();
        this.version = stored.version();
        this.ordinal = stored.ordinal();
        this.expiresAt = stored.expiresAt();
        this.settlesAt = stored.settlesAt();
        this.authenticated = stored.authenticated();
        this.incrementAttempts = stored.incrementAttempts();
        this.eventSequence = stored.eventSequence();
        this.verificationAttempts = stored.verificationAttempts();
        this.amountFunded = stored.amountFunded();
        this.lastSnapshot = pi;
    }

    @Nullable Charge latestCharge() {
        return latestCharge;
    }

    /** Makes {@code charge} the newest charge; the one before it, if any, joins the earlier ones. */
    void addCharge(Charge charge) {
        Charge previous = latestCharge;
        if (previous != null) {
            Charge[] earlier = earlierCharges.toArray(new Charge[earlierCharges.size() + 1]);
            earlier[earlier.length - 1] = previous;
            earlierCharges = List.of(earlier);
        }
        latestCharge = charge;
    }

    void replaceLatestCharge(Charge charge) {
        if (latestCharge == null) {
            throw new IllegalStateException("no charge to replace on " + id);
        }
        latestCharge = charge;
    }

    /**
     * Returns the intent as the draft stands. An unchanged draft hands back the very snapshot it
     * returned last (or was loaded with), so that the stored intent and the events of one commit
     * share one object instead of holding equal copies.
     */
    PaymentIntent snapshot() {
        PaymentIntent last = lastSnapshot;
        if (last != null && unchangedSince(last)) {
            return last;
        }
        PaymentIntent fresh = build();
        lastSnapshot = fresh;
        return fresh;
    }

    /**
     * Whether every field still holds what {@code s} holds: the same value, or the very same object
     * (a field the draft changed holds a new one). Comparing identities keeps this cheap; an equal
     * but new object only costs a fresh snapshot.
     */
    @SuppressWarnings("ReferenceEquality") // identity on purpose, see above
    private boolean unchangedSince(PaymentIntent s) {
        Charge latest = latestCharge();
        ChargeId latestId = latest == null ? null : latest.id();
        return amount == s.amount() && amountCapturable == s.amountCapturable()
                && amountReceived == s.amountReceived() && currency == s.currency() && status == s.status()
                && captureMethod == s.captureMethod() && confirmationMethod == s.confirmationMethod()
                && cancellationReason == s.cancellationReason() && canceledAt == s.canceledAt()
                && customer == s.customer() && description == s.description() && metadata == s.metadata()
                && lastPaymentError == s.lastPaymentError() && nextAction == s.nextAction()
                && java.util.Objects.equals(latestId, s.latestCharge()) && paymentMethod == s.paymentMethod()
                && paymentMethodTypes == s.paymentMethodTypes() && cardOptions == s.cardOptions()
                && receiptEmail == s.receiptEmail() && setupFutureUsage == s.setupFutureUsage()
                && statementDescriptor == s.statementDescriptor()
                && statementDescriptorSuffix == s.statementDescriptorSuffix() && shipping == s.shipping()
                && lineItems == s.lineItems() && automaticPaymentMethods == s.automaticPaymentMethods()
                && recorded == s.recorded();
    }

    private PaymentIntent build() {
        Charge latest = latestCharge();
        ChargeId latestId = latest == null ? null : latest.id();
        return new PaymentIntent(id, clientSecret, amount, amountCapturable, amountReceived, currency, status,
                captureMethod, confirmationMethod, cancellationReason, canceledAt, created, customer, description,
                metadata, lastPaymentError, nextAction, latestId, paymentMethod, paymentMethodTypes, cardOptions,
                receiptEmail, setupFutureUsage, statementDescriptor, statementDescriptorSuffix, shipping, lineItems,
                automaticPaymentMethods, false, recorded);
    }

    StoredIntent toStored() {
        return new StoredIntent(account, snapshot(), latestCharge, earlierCharges, version, ordinal, expiresAt, settlesAt, authenticated,
                incrementAttempts, eventSequence, verificationAttempts, amountFunded);
    }
}
