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
 * <p>The charges are held as the newest one and the list of those before it, not as one list: an
 * intent has one charge nearly always, and a stored intent that holds it directly needs no list
 * object for it (24 bytes per stored intent). {@link #charges()} gives the whole list, oldest first.
 *
 * @param account the owning account
 * @param intent the intent snapshot
 * @param latestCharge the newest charge, or null before the first attempt
 * @param earlierCharges the charges before the newest, oldest first; empty when there is at most one
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
        @Nullable Charge latestCharge,
        List<Charge> earlierCharges,
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
     * Throws {@link IllegalArgumentException} if a counter is negative, or if there are earlier
     * charges but no newest one.
     *
     * @param account the owning account
     * @param intent the intent snapshot
     * @param latestCharge the newest charge, or null before the first attempt
     * @param earlierCharges the charges before the newest, oldest first
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
        // an unmodifiable list (one of ours, or List.of) is kept as it is: no copy per commit
        earlierCharges = List.copyOf(earlierCharges);
        if (latestCharge == null && !earlierCharges.isEmpty()) {
            throw new IllegalArgumentException("earlier charges without a latest one in stored intent " + intent.id());
        }
        if (version < 0 || ordinal < 0 || incrementAttempts < 0 || eventSequence < 0
                || verificationAttempts < 0 || amountFunded < 0) {
            throw new IllegalArgumentException("negative counter in stored intent " + intent.id());
        }
    }

    /**
     * Creates a stored intent from the list of its charges, oldest first: the newest becomes
     * {@link #latestCharge()}, the others {@link #earlierCharges()}.
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
    public StoredIntent(AccountId account, PaymentIntent intent, List<Charge> charges, long version, long ordinal,
            @Nullable Instant expiresAt, @Nullable Instant settlesAt, boolean authenticated, int incrementAttempts,
            long eventSequence, int verificationAttempts, long amountFunded) {
        this(account, intent, charges.isEmpty() ? null : Objects.requireNonNull(charges.get(charges.size() - 1), "charge"),
                charges.size() <= 1 ? List.of() : charges.subList(0, charges.size() - 1), version, ordinal,
                expiresAt, settlesAt, authenticated, incrementAttempts, eventSequence, verificationAttempts,
                amountFunded);
    }

    /**
     * Returns the intent's charges, oldest first: {@link #earlierCharges()} then {@link #latestCharge()}.
     * Built on each call; an engine that needs only the newest reads {@link #latestCharge()}.
     *
     * @return the intent's charges, oldest first, unmodifiable
     */
    public List<Charge> charges() {
        if (latestCharge == null) {
            return List.of();
        }
        if (earlierCharges.isEmpty()) {
            return List.of(latestCharge);
        }
        Charge[] all = earlierCharges.toArray(new Charge[earlierCharges.size() + 1]);
        all[all.length - 1] = latestCharge;
        return List.of(all);
    }

    /**
     * Returns the instant of this intent's next clock-driven transition: the authorization deadline
     * while {@code requires_capture}, the settlement time while {@code processing}; empty otherwise.
     * Stores index this value so that due intents are found without a scan.
     *
     * @return the instant of this intent's next clock-driven transition: the authorization deadline while {@code requires_capture}, the settlement time while {@code processing}; empty otherwise
     */
    public @Nullable Instant deadline() {
        return deadlineOf(intent.status(), expiresAt, settlesAt);
    }

    /**
     * Returns the deadline {@link #deadline()} gives for these components: for a store that keeps
     * them apart from a stored intent and indexes the deadline without building one.
     *
     * @param status the intent's status
     * @param expiresAt when the current authorization expires
     * @param settlesAt when an asynchronous payment settles
     * @return {@code expiresAt} while {@code requires_capture}, {@code settlesAt} while {@code processing}; null otherwise
     */
    public static @Nullable Instant deadlineOf(PaymentIntentStatus status, @Nullable Instant expiresAt,
            @Nullable Instant settlesAt) {
        if (status == PaymentIntentStatus.REQUIRES_CAPTURE) {
            return expiresAt;
        }
        if (status == PaymentIntentStatus.PROCESSING) {
            return settlesAt;
        }
        return null;
    }

    /**
     * Returns a copy with another version and ordinal; for stores assigning them.
     *
     * @param newVersion the new version
     * @param newOrdinal the new ordinal
     * @return a copy with another version and ordinal; for stores assigning them
     */
    public StoredIntent withVersion(long newVersion, long newOrdinal) {
        return new StoredIntent(account, intent, latestCharge, earlierCharges, newVersion, newOrdinal, expiresAt, settlesAt,
                authenticated, incrementAttempts, eventSequence, verificationAttempts, amountFunded);
    }
}
