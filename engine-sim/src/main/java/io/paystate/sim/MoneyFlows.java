package io.paystate.sim;

import java.util.List;

/**
 * The money of one currency, in its minor units. Kept per currency because amounts in different
 * currencies cannot be added: a total of dollars and euros means nothing. Mutable, owned by one
 * partition while it runs, then merged.
 */
final class MoneyFlows {
    /** Authorized: held for a later capture, or paid at once. */
    long authorized;
    /** Received: full and partial captures and immediate payments. */
    long captured;
    /** Given back: canceled holds and the remainders of partial captures. */
    long released;
    /** Lost: holds that passed the 7-day window before anyone captured them. */
    long expired;
    /** How many holds expired (the count behind {@link #expired}). */
    long expiredHolds;

    void add(MoneyFlows other) {
        authorized += other.authorized;
        captured += other.captured;
        released += other.released;
        expired += other.expired;
        expiredHolds += other.expiredHolds;
    }

    /** For determinism comparisons. */
    List<Long> figures() {
        return List.of(authorized, captured, released, expired, expiredHolds);
    }
}
