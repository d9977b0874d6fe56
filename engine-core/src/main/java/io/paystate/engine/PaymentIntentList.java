package io.paystate.engine;

import io.paystate.model.PaymentIntent;
import java.util.List;

/**
 * One page of {@link PaymentEngine#list}: Stripe's {@code list} envelope.
 *
 * @param data the intents, newest first
 * @param hasMore whether more intents exist beyond this page in the direction of travel
 */
public record PaymentIntentList(List<PaymentIntent> data, boolean hasMore) {
    /**
     * Copies the data.
     *
     * @param data the intents, newest first
     * @param hasMore whether more intents exist beyond this page in the direction of travel
     */
    public PaymentIntentList {
        data = List.copyOf(data);
    }
}
