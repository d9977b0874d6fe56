package io.paystate.wire;

import io.paystate.engine.Request;
import java.util.List;
import java.util.Objects;

/**
 * A parsed wire request: the engine request, and the {@code expand[]} paths to resolve when its
 * response is rendered ({@link StripeJson#render}).
 *
 * @param request the request for {@link io.paystate.engine.PaymentEngine#execute}
 * @param expand the checked expand paths, in the order given
 */
public record WireRequest(Request<?> request, List<String> expand) {
    /**
     * Copies the paths.
     *
     * @param request the request for {@link io.paystate.engine.PaymentEngine#execute}
     * @param expand the checked expand paths, in the order given
     */
    public WireRequest {
        Objects.requireNonNull(request, "request");
        expand = List.copyOf(expand);
    }
}
