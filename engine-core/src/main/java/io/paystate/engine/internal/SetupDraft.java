package io.paystate.engine.internal;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.LastSetupError;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentCancellationReason;
import io.paystate.model.SetupIntentEventType;
import io.paystate.model.SetupIntentId;
import io.paystate.model.SetupIntentStatus;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.StoredSetupIntent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mutable working copy of one SetupIntent during a command: fields are set by the command and
 * by the effects of fired transitions, events are recorded with the snapshot of the moment, and
 * the whole becomes one commit. Used by one thread, for one attempt of one command.
 */
final class SetupDraft {
    /** An event recorded by a fired transition, with the SetupIntent as of that event. */
    record Pending(SetupIntentEventType type, SetupIntent snapshot, Instant at) {}

    final AccountId account;
    final SetupIntentId id;
    final String clientSecret;
    final Instant created;
    final @Nullable StoredSetupIntent base;
    SetupIntentStatus status;
    @Nullable CustomerId customer;
    @Nullable PaymentMethodId paymentMethod;
    SetupFutureUsage usage;
    List<String> paymentMethodTypes;
    @Nullable String description;
    Map<String, String> metadata;
    @Nullable LastSetupError lastSetupError;
    @Nullable NextAction nextAction;
    @Nullable SetupIntentCancellationReason cancellationReason;
    @Nullable String latestAttempt;
    ThreeDSecureRequest requestThreeDSecure;
    @Nullable Instant settlesAt;
    int verificationAttempts;
    /** Whether anything changed that must be committed. */
    boolean changed;
    /** Whether this command's changes reached {@code succeeded}: the method is then attached and set up. */
    boolean succeededNow;
    final List<Pending> events = new ArrayList<>(2);

    SetupDraft(AccountId account, SetupIntent si, @Nullable StoredSetupIntent base) {
        this.account = account;
        this.base = base;
        this.id = si.id();
        this.clientSecret = si.clientSecret();
        this.created = si.created();
        this.status = si.status();
        this.customer = si.customer();
        this.paymentMethod = si.paymentMethod();
        this.usage = si.usage();
        this.paymentMethodTypes = si.paymentMethodTypes();
        this.description = si.description();
        this.metadata = si.metadata();
        this.lastSetupError = si.lastSetupError();
        this.nextAction = si.nextAction();
        this.cancellationReason = si.cancellationReason();
        this.latestAttempt = si.latestAttempt();
        this.requestThreeDSecure = si.requestThreeDSecure();
        if (base != null) {
            this.settlesAt = base.settlesAt();
            this.verificationAttempts = base.verificationAttempts();
        }
    }

    static SetupDraft of(StoredSetupIntent stored) {
        return new SetupDraft(stored.account(), stored.setupIntent(), stored);
    }

    /**
     * The SetupIntent the processor sees when an attempt starts: a dropped challenge leaves no next
     * action, so one in {@code requires_action} is shown as it was before the challenge.
     */
    SetupIntent snapshotForAttempt() {
        if (status != SetupIntentStatus.REQUIRES_ACTION) {
            return snapshot();
        }
        SetupIntentStatus kept = status;
        status = SetupIntentStatus.REQUIRES_CONFIRMATION;
        try {
            return snapshot();
        } finally {
            status = kept;
        }
    }

    SetupIntent snapshot() {
        return new SetupIntent(id, clientSecret, status, created, customer, paymentMethod, usage, paymentMethodTypes,
                description, metadata, lastSetupError, nextAction, cancellationReason, latestAttempt,
                requestThreeDSecure);
    }
}
