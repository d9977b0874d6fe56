package io.paystate.engine.internal.store;

import io.paystate.model.AccountId;
import io.paystate.model.Charge;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stored intent as the in-memory store keeps it: every component of its {@link StoredIntent},
 * with the newest charge in the form {@link ChargeShapes} gives it. An 80-byte object like the
 * stored intent, without the 96-byte charge in the usual case; {@link #unpack} gives back a stored
 * intent equal to the one packed.
 *
 * <p>Thread safety: immutable.
 */
public final class PackedIntent {
    private final AccountId account;
    private final PaymentIntent intent;
    private final @Nullable Object latestCharge;
    private final List<Charge> earlierCharges;
    private final long version;
    private final long ordinal;
    private final @Nullable Instant expiresAt;
    private final @Nullable Instant settlesAt;
    private final boolean authenticated;
    private final int incrementAttempts;
    private final long eventSequence;
    private final int verificationAttempts;
    private final long amountFunded;

    private PackedIntent(StoredIntent stored, @Nullable Object latestCharge) {
        this.account = stored.account();
        this.intent = stored.intent();
        this.latestCharge = latestCharge;
        this.earlierCharges = stored.earlierCharges();
        this.version = stored.version();
        this.ordinal = stored.ordinal();
        this.expiresAt = stored.expiresAt();
        this.settlesAt = stored.settlesAt();
        this.authenticated = stored.authenticated();
        this.incrementAttempts = stored.incrementAttempts();
        this.eventSequence = stored.eventSequence();
        this.verificationAttempts = stored.verificationAttempts();
        this.amountFunded = stored.amountFunded();
    }

    /**
     * Packs a stored intent whose newest charge {@link ChargeShapes#packLatest} has packed already,
     * from this stored intent or another with the same intent, charges and deadline (a copy with
     * another version): so that a store packs the charge before it takes a lock.
     */
    public static PackedIntent withPackedCharge(StoredIntent stored, @Nullable Object packedLatestCharge) {
        return new PackedIntent(stored, packedLatestCharge);
    }

    /** Returns the stored intent this was packed from (an equal one). */
    public StoredIntent unpack() {
        return new StoredIntent(account, intent, ChargeShapes.unpack(latestCharge, intent, expiresAt), earlierCharges,
                version, ordinal, expiresAt, settlesAt, authenticated, incrementAttempts, eventSequence,
                verificationAttempts, amountFunded);
    }

    /** Returns the owning account. */
    public AccountId account() {
        return account;
    }

    /** Returns the intent snapshot. */
    public PaymentIntent intent() {
        return intent;
    }

    /** Returns the compare-and-set version. */
    public long version() {
        return version;
    }

    /** Returns the store-assigned creation order. */
    public long ordinal() {
        return ordinal;
    }

    /** Returns {@link StoredIntent#deadline()} of the stored intent, without unpacking it. */
    public @Nullable Instant deadline() {
        return StoredIntent.deadlineOf(intent.status(), expiresAt, settlesAt);
    }
}
