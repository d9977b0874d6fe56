package io.paystate.spi;

import io.paystate.model.PaymentMethodEvent;
import java.util.Objects;

/**
 * A payment method event as it stands in a store's log: the event and its position.
 *
 * @param position the event's place in the log across accounts, in commit order: positive, unique,
 *     and without gaps between the events of one commit
 * @param event the event
 */
public record LoggedPaymentMethodEvent(long position, PaymentMethodEvent event) {
    /**
     * Throws {@link IllegalArgumentException} if the position is not positive.
     *
     * @param position the event's place in the log, positive
     * @param event the event
     */
    public LoggedPaymentMethodEvent {
        Objects.requireNonNull(event, "event");
        if (position < 1) {
            throw new IllegalArgumentException("position must be positive: " + position);
        }
    }
}
