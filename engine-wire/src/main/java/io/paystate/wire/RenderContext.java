package io.paystate.wire;

import io.paystate.engine.PaymentEngine;
import io.paystate.engine.RequestOptions;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What rendering needs beyond the object itself: the engine and request options to read expanded
 * objects with (as the request's account), and the payment methods the processor knows.
 *
 * @param engine the engine to read charges and intents from, or null to expand nothing that needs a read
 * @param options the request's options (its account)
 * @param paymentMethods the processor's payment methods
 */
public record RenderContext(@Nullable PaymentEngine engine, RequestOptions options,
        PaymentMethodLookup paymentMethods) {
    private static final RenderContext NONE =
            new RenderContext(null, RequestOptions.none(), PaymentMethodLookup.testMode());

    /**
     * Throws {@link NullPointerException} if options or paymentMethods is null.
     *
     * @param engine the engine to read charges and intents from, or null to expand nothing that needs a read
     * @param options the request's options (its account)
     * @param paymentMethods the processor's payment methods
     */

    public RenderContext {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(paymentMethods, "paymentMethods");
    }

    /**
     * Returns a context that reads nothing from an engine and knows the fixed test payment methods.
     *
     * @return a context that reads nothing from an engine and knows the fixed test payment methods
     */
    public static RenderContext none() {
        return NONE;
    }

    /**
     * Returns a context reading from this engine as the request's account, with the fixed test payment methods.
     *
     * @param options the request's options (its account)
     * @param engine the engine to read charges and intents from, or null to expand nothing that needs a read
     * @return a context reading from this engine as the request's account, with the fixed test payment methods
     */
    public static RenderContext of(PaymentEngine engine, RequestOptions options) {
        return new RenderContext(engine, options, PaymentMethodLookup.testMode());
    }
}
