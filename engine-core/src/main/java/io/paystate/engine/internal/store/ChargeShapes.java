package io.paystate.engine.internal.store;

import io.paystate.model.Charge;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * How the in-memory store keeps an intent's newest charge: as one shared {@link ChargeShape} when
 * the charge was made when its intent was and its capture deadline is the intent's authorization
 * deadline (a 96-byte charge becomes a reference), as a shape with those two instants (24 bytes)
 * when not, and as the charge itself when it does not follow from its intent at all. Each form
 * gives back a charge equal to the one it was made from.
 *
 * <p>At most {@value #MAX_SHARED} shapes are shared; shapes beyond that, such as those of many
 * customers' billing details, are kept per charge, so the table stays small whatever the charges
 * hold.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class ChargeShapes {
    static final int MAX_SHARED = 1_024;

    // a few threads may each add one past the bound at once: far fewer than the table's free half
    private final AtomicReferenceArray<ChargeShape> shared = new AtomicReferenceArray<>(2 * MAX_SHARED);
    private final AtomicInteger count = new AtomicInteger();

    /** A shape with the instants its intent does not give. */
    record Dated(ChargeShape shape, Instant created, @Nullable Instant captureBefore) {
        Dated {
            Objects.requireNonNull(shape, "shape");
            Objects.requireNonNull(created, "created");
        }
    }

    /** Returns what to keep of the stored intent's newest charge; null when it has none. */
    public @Nullable Object packLatest(StoredIntent stored) {
        return pack(stored.latestCharge(), stored.intent(), stored.expiresAt());
    }

    /**
     * Returns what to keep of {@code charge}, the newest charge of {@code intent}, whose
     * authorization deadline is {@code expiresAt}; null for null.
     */
    @Nullable Object pack(@Nullable Charge charge, PaymentIntent intent, @Nullable Instant expiresAt) {
        if (charge == null) {
            return null;
        }
        if (!ChargeShape.followsFrom(charge, intent)) {
            return charge;
        }
        byte captured = ChargeShape.capturedCode(charge, intent);
        byte refunded = ChargeShape.refundedCode(charge);
        if (captured < 0 || refunded < 0) {
            return charge;
        }
        ChargeShape shape = share(charge, captured, refunded);
        if (charge.created().equals(intent.created()) && Objects.equals(charge.captureBefore(), expiresAt)) {
            return shape;
        }
        return new Dated(shape, charge.created(), charge.captureBefore());
    }

    /** Returns the charge that {@link #pack} kept as {@code packed}; null for null. */
    static @Nullable Charge unpack(@Nullable Object packed, PaymentIntent intent, @Nullable Instant expiresAt) {
        if (packed == null || packed instanceof Charge) {
            return (Charge) packed;
        }
        if (packed instanceof ChargeShape shape) {
            return shape.toCharge(intent, intent.created(), expiresAt);
        }
        Dated dated = (Dated) packed;
        return dated.shape().toCharge(intent, dated.created(), dated.captureBefore());
    }

    int sharedCount() {
        return count.get();
    }

    // open addressing in a table twice the most it holds, so a probe always ends at a free slot;
    // a charge of a known shape is compared field by field and makes nothing
    private ChargeShape share(Charge charge, byte captured, byte refunded) {
        int h = ChargeShape.hash(charge, captured, refunded);
        int mask = shared.length() - 1;
        for (int i = (h ^ (h >>> 16)) & mask;; i = (i + 1) & mask) {
            ChargeShape known = shared.get(i);
            if (known == null) {
                ChargeShape made = ChargeShape.of(charge, captured, refunded);
                if (count.get() >= MAX_SHARED) {
                    return made;
                }
                if (shared.compareAndSet(i, null, made)) {
                    count.incrementAndGet();
                    return made;
                }
                known = shared.get(i);
            }
            if (known.matches(charge, captured, refunded)) {
                return known;
            }
        }
    }
}
