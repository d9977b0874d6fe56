package io.paystate.spi;

import io.paystate.model.BillingDetails;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Raw payment-method details given with a request ({@code payment_method_data}), to be turned into a
 * payment method by the processor: a card number in test mode, an IBAN, a bank account.
 *
 * <p>{@link #toString()} shows no value, since the fields may hold a card number.
 *
 * @param type the payment-method type, e.g. {@code card}
 * @param fields the type's fields by wire name, e.g. {@code number}, {@code exp_month}, {@code iban}
 * @param billingDetails the holder's billing details, or null when none were given
 */
public record PaymentMethodData(String type, Map<String, String> fields,
        @Nullable BillingDetails billingDetails) {
    /**
     * Copies the fields.
     *
     * @param type the payment-method type, e.g. {@code card}
     * @param fields the type's fields by wire name, e.g. {@code number}, {@code exp_month}, {@code iban}
     * @param billingDetails the holder's billing details, or null when none were given
     */
    public PaymentMethodData {
        Objects.requireNonNull(type, "type");
        fields = Map.copyOf(fields);
    }

    /**
     * Returns data without billing details.
     *
     * @param type the payment-method type, e.g. {@code card}
     * @param fields the type's fields by wire name
     */
    public PaymentMethodData(String type, Map<String, String> fields) {
        this(type, fields, null);
    }

    @Override
    public String toString() {
        return "PaymentMethodData[type=" + type + ", fields=" + fields.keySet() + "]";
    }
}
