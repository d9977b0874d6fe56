package io.paystate.engine;

import io.paystate.model.PaymentMethod;
import java.util.List;

/**
 * One page of a customer's payment methods, newest first.
 *
 * @param data the payment methods
 * @param hasMore whether more exist beyond this page
 */
public record PaymentMethodList(List<PaymentMethod> data, boolean hasMore) {
    /**
     * Copies the data.
     *
     * @param data the payment methods
     * @param hasMore whether more exist beyond this page
     */
    public PaymentMethodList {
        data = List.copyOf(data);
    }
}
