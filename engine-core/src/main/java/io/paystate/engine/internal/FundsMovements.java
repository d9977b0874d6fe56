package io.paystate.engine.internal;

import io.paystate.model.Charge;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.RefundReason;
import io.paystate.spi.FundsMovement;
import io.paystate.spi.PaymentProcessor;
import io.paystate.spi.ReleaseReason;
import java.util.EnumSet;
import java.util.Set;

/**
 * The engine's own subscriber to the event log: turns the committed changes of held charges into
 * the processor's funds movements. Fed like every subscriber (at least once, in order, retried on
 * failure), so a capture or a release is never lost once its change is stored, and never made for
 * a change that was not.
 *
 * <p>Automatic captures need no movement: the processor's approval of such an attempt is the sale.
 * Only three event types can move funds; the relay wakes this subscriber for those alone and hands
 * it the others with them, later (see {@link SelectiveSink}).
 */
final class FundsMovements implements SelectiveSink {
    /** The subscriber name under which the store keeps this feed's position. */
    static final String SUBSCRIBER = "paystate.processor";

    /** The only event types that can move funds; {@link #accept} ignores every other. */
    private static final Set<EventType> MOVING =
            EnumSet.of(EventType.CHARGE_CAPTURED, EventType.CHARGE_EXPIRED, EventType.CHARGE_REFUNDED);

    private final PaymentProcessor processor;

    FundsMovements(PaymentProcessor processor) {
        this.processor = processor;
    }

    @Override
    public boolean wakesFor(EventType type) {
        return MOVING.contains(type);
    }

    @Override
    public void accept(PaymentEvent event) {
        Charge charge = event.charge();
        EventType type = event.type();
        if (charge == null || !MOVING.contains(type)) {
            return;
        }
        if (type == EventType.CHARGE_CAPTURED) {
            processor.capture(movement(event, charge, charge.amountCaptured()));
            if (charge.amountRefunded() > 0) {
                processor.release(movement(event, charge, charge.amountRefunded()), ReleaseReason.PARTIAL_CAPTURE);
            }
        } else if (type == EventType.CHARGE_EXPIRED) {
            processor.release(movement(event, charge, charge.amount()), ReleaseReason.EXPIRED);
        } else if (type == EventType.CHARGE_REFUNDED && !charge.captured()
                && charge.refundReason() != RefundReason.EXPIRED_UNCAPTURED_CHARGE) {
            processor.release(movement(event, charge, charge.amount()), ReleaseReason.CANCELED);
        }
    }

    private static FundsMovement movement(PaymentEvent event, Charge charge, long amount) {
        return new FundsMovement(event.account(), event.paymentIntentId(), charge.id().value(), amount,
                charge.currency());
    }
}
