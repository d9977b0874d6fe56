package io.paystate.wire;

import io.paystate.engine.TestModeProcessor;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.PaymentMethodDetails;
import java.util.Optional;

/**
 * Finds what the processor knows of a payment method, for rendering charges and expanding
 * {@code payment_method}. A host passes its processor's {@code findPaymentMethod}.
 *
 * <p>Thread safety: implementations must be safe for concurrent use.
 */
@FunctionalInterface
public interface PaymentMethodLookup {
    /**
     * Returns the payment method with this id, or empty when unknown.
     *
     * @param id the id
     * @return the payment method with this id, or empty when unknown
     */
    Optional<PaymentMethodDetails> find(PaymentMethodId id);

    /**
     * Returns a lookup of the test-mode processor's fixed test payment methods ({@code pm_card_visa},
     * {@code pm_sepaDebit_success}, ...). Methods minted from {@code payment_method_data} are known only
     * to the engine's own processor instance: pass that one's {@code findPaymentMethod} instead.
     * @return a lookup of the test-mode processor's fixed test payment methods ({@code pm_card_visa}, {@code pm_sepaDebit_success}, ...)
     */
    static PaymentMethodLookup testMode() {
        TestModeProcessor processor = TestModeProcessor.create();
        return processor::findPaymentMethod;
    }
}
