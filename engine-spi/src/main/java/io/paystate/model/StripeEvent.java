package io.paystate.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What every event the engine emits has in common, whichever object it is about: Stripe's event
 * envelope without its {@code data}. The four kinds are {@link PaymentEvent} (an intent and its
 * charges), {@link CustomerEvent}, {@link PaymentMethodEvent} and {@link SetupIntentEvent}; the set
 * is closed so that a host can handle each kind and know it missed none.
 *
 * <p>Events of one object carry gap-free, increasing {@link #sequence()} numbers and reach each
 * subscriber in that order. Events of different objects have no order between them, as on Stripe.
 */
public sealed interface StripeEvent permits PaymentEvent, CustomerEvent, PaymentMethodEvent, SetupIntentEvent {

    /**
     * Returns the event id, {@code evt_...}, which never changes between deliveries.
     *
     * @return the event id
     */
    EventId id();

    /**
     * Returns the event type; its {@link WireEnum#wireName()} is Stripe's, e.g. {@code customer.created}.
     *
     * @return the event type
     */
    WireEnum type();

    /**
     * Returns the engine-clock time of the change.
     *
     * @return the engine-clock time of the change
     */
    Instant created();

    /**
     * Returns the account the object belongs to.
     *
     * @return the account
     */
    AccountId account();

    /**
     * Returns the id of the object whose sequence this event continues: the intent for
     * {@code payment_intent.*} and {@code charge.*} events, else the customer, payment method or
     * SetupIntent the event is about.
     *
     * @return the object's id, e.g. {@code cus_...}
     */
    String objectId();

    /**
     * Returns the per-object sequence number, starting at 1.
     *
     * @return the per-object sequence number
     */
    long sequence();

    /**
     * Returns the id of the request that caused the event, or null for clock-driven changes.
     *
     * @return the request id, or null
     */
    @Nullable String requestId();

    /**
     * Returns the idempotency key of that request, if it had one.
     *
     * @return the idempotency key, or null
     */
    @Nullable String idempotencyKey();
}
