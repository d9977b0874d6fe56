package io.paystate.spi;

import io.paystate.model.ErrorCode;
import java.util.Objects;

/** The result of turning {@link PaymentMethodData} into a payment method. */
public sealed interface TokenizationResult {

    /**
     * A payment method was created.
     *
     * @param paymentMethod the new payment method
     */
    record Created(PaymentMethodDetails paymentMethod) implements TokenizationResult {
        /**
         * Throws {@link NullPointerException} if the payment method is null.
         *
         * @param paymentMethod the new payment method
         */
        public Created {
            Objects.requireNonNull(paymentMethod, "paymentMethod");
        }
    }

    /**
     * The details were refused (e.g. an incorrect card number); nothing is stored.
     *
     * @param code the error code, e.g. {@code incorrect_number}
     * @param message the message, without the rejected details
     * @param param the offending parameter, e.g. {@code payment_method_data[card][number]}
     */
    record Rejected(ErrorCode code, String message, String param) implements TokenizationResult {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param code the error code, e.g. {@code incorrect_number}
         * @param message the message, without the rejected details
         * @param param the offending parameter, e.g. {@code payment_method_data[card][number]}
         */
        public Rejected {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(param, "param");
        }
    }
}
