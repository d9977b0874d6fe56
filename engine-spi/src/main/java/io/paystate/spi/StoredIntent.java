package io.paystate.spi;

import io.paystate.model.AccountId;
import io.paystate.model.Charge;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the engine stores per intent: the public snapshot, its charges and the engine's bookkeeping.
 * A store persists every component and hands it back unchanged.
 *
 * @param account the owning account
 * @param intent the intent snapshot
 * @param charges the intent's charges, oldest first
 * @param version the compare-and-set version: 0 for a record not stored yet, then 1, 2, ...
 * @param ordinal the store-assigned creation order, unique and increasing; 0 before the first insert
 * @param expiresAt when the current authorization expires (set while {@code requires_capture})
 * @param settlesAt when an asynchronous payment settles (set while {@code processing})
 * @param authenticated whether the customer completed 3-D Secure for the pending confirmation
 *     (manual confirmation: the next confirm does not authenticate again)
 * @param incrementAttempts how many incremental authorizations were attempted
 * @param eventSequence the sequence number of the last event emitted for this intent
 * @param verificationAttempts failed microdeposit verifications of the current attempt
 * @param amountFunded funds applied from a customer balance to the current attempt, minor units
 */
public record StoredIntent(
        AccountId account,
        PaymentIntent intent,
        List<Charge> charges,
        long version,
        long ordinal,
        @Nullable Instant expiresAt,
        @Nullable Instant settlesAt,
        boolean authenticated,
        int incrementAttempts,
        long eventSequence,
        int verificationAttempts,
        long amountFunded) {

    /**
     * Throws {@link IllegalArgumentException} if a counter is negative.
     *
     * @param account the owning account
     * @param intent the intent snapshot
     * @param charges the intent's charges, oldest first
     * @param version the compare-and-set version: 0 for a record not stored yet, then 1, 2, ...
     * @param ordinal the store-assigned creation order, unique and increasing; 0 before the first insert
     * @param expiresAt when the current authorization expires (set while {@code requires_capture})
     * @param settlesAt when an asynchronous payment settles (set while {@code processing})
     * @param authenticated whether the customer completed 3-D Secure for the pending confirmation
     * @param incrementAttempts how many incremental authorizations were attempted
     * @param eventSequence the sequence number of the last event emitted for this intent
     * @param verificationAttempts failed microdeposit verifications of the current attempt
     * @param amountFunded funds applied from a customer balance to the current attempt, minor units
     */
    public StoredIntent {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(intent, "intent");
        charges = List.copyOf(charges);
        if (version < 0 || ordinal < 0 || incrementAttempts < 0 || eventSequence < 0
                || verificationAttempts < 0 || amountFunded < 0) {
            throw new IllegalArgumentException("negative counter in stored intent " + intent.id());
        }
    }

    /**
     * Returns the instant of this intent's next clock-driven transition: the authorization deadline
     * while {@code requires_capture}, the settlement time while {@code processing}; empty otherwise.
     * Stores index this value so that due intents are found without a scan.
     *
     * @return the instant of this intent's next clock-driven transition: the authorization deadline while {@code requires_capture}, the settlement time while {@code processing}; empty otherwise
     */
    public @Nullable Instant deadline() {
        PaymentIntentStatus status = intent.status();
        if (status == PaymentIntentStatus.REQUIRES_CAPTURE) {
            return expiresAt;
        }
        if (status == PaymentIntentStatus.PROCESSING) {
            return settlesAt;
        }
        return null;
    }

    /**
     * Returns the newest charge, or null before the first attempt.
     *
     * @return the newest charge, or null before the first attempt
     */
    public @Nullable Charge latestCharge() {
        return charges.isEmpty() ? null : charges.get(charges.size() - 1);
    }

    /**
     * Returns a copy with another version and ordinal; for stores assigning them.
     *
     * @param newVersion the new version
     * @param newOrdinal the new ordinal
     * @return a copy with another version and ordinal; for stores assigning them
     */
    public StoredIntent withVersion(long newVersion, long newOrdinal) {
        return new StoredIntent(account, intent, charges, newVersion, newOrdinal, expiresAt, settlesAt,
                authenticated, incrementAttempts, eventSequence, verificationAttempts, amountFunded);
    }
}
