package io.paystate.spi;

import io.paystate.model.PaymentMethodId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the engine needs to know of a payment method.
 *
 * @param id the payment method's id
 * @param type its type, e.g. {@code card}, {@code sepa_debit}, {@code us_bank_account}
 * @param brand the card brand, e.g. {@code visa}; null for other types
 * @param last4 the last four digits of the card or account number
 */
public record PaymentMethodDetails(PaymentMethodId id, String type, @Nullable String brand, @Nullable String last4) {
    /**
     * Throws {@link IllegalArgumentException} if last4 is longer than four characters.
     *
     * @param id the payment method's id
     * @param type its type, e.g. {@code card}, {@code sepa_debit}, {@code us_bank_account}
     * @param brand the card brand, e.g. {@code visa}; null for other types
     * @param last4 the last four digits of the card or account number
     */
    public PaymentMethodDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (last4 != null && last4.length() > 4) {
            throw new IllegalArgumentException("last4 must have at most four characters");
        }
    }
}
