package io.paystate.engine;

import io.paystate.model.Charge;
import java.util.List;

/**
 * An intent's charges, newest first ({@code GET /v1/charges?payment_intent=...}).
 *
 * @param data the charges
 * @param hasMore whether more exist beyond this page
 */
public record ChargeList(List<Charge> data, boolean hasMore) {
    /**
     * Copies the data.
     *
     * @param data the charges
     * @param hasMore whether more exist beyond this page
     */
    public ChargeList {
        data = List.copyOf(data);
    }
}
