package io.paystate.spi;

import java.util.Map;
import java.util.Objects;

/**
 * Raw payment-method details given with a request ({@code payment_method_data}), to be turned into a
 * payment method by the processor: a card number in test mode, an IBAN, a bank account.
 *
 * <p>{@link #toString()} shows no value, since the fields may hold a card number.
 *
 * @param type the payment-method type, e.g. {@code card}
 * @param fields the type's fields by wire name, e.g. {@code number}, {@code exp_month}, {@code iban}
 */
public record PaymentMethodData(String type, Map<String, String> fields) {
    /**
     * Copies the fields.
     *
     * @param type the payment-method type, e.g. {@code card}
     * @param fields the type's fields by wire name, e.g. {@code number}, {@code exp_month}, {@code iban}
     */
    public PaymentMethodData {
        Objects.requireNonNull(type, "type");
        fields = Map.copyOf(fields);
    }

    @Override
    public String toString() {
        return "PaymentMethodData[type=" + type + ", fields=" + fields.keySet() + "]";
    }
}
