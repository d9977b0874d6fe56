package io.paystate.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A customer ({@code cus_...}): who pays, with the contact details and the default payment method
 * for invoices. A deleted customer keeps its id and is shown as deleted; nothing else about it is
 * visible any more.
 *
 * @param id the customer's id
 * @param created engine-clock time of creation
 * @param email the email address, or null
 * @param name the full name, or null
 * @param description a free description, or null
 * @param metadata the host's key-value pairs
 * @param defaultPaymentMethod {@code invoice_settings.default_payment_method}, or null
 * @param deleted whether the customer was deleted
 * @param phone the phone number, or null
 */
public record Customer(
        CustomerId id,
        Instant created,
        @Nullable String email,
        @Nullable String name,
        @Nullable String description,
        Map<String, String> metadata,
        @Nullable PaymentMethodId defaultPaymentMethod,
        boolean deleted,
        @Nullable String phone) {
    /**
     * Copies the metadata; throws {@link NullPointerException} if a required component is null.
     *
     * @param id the customer's id
     * @param created engine-clock time of creation
     * @param email the email address, or null
     * @param name the full name, or null
     * @param description a free description, or null
     * @param metadata the host's key-value pairs
     * @param defaultPaymentMethod {@code invoice_settings.default_payment_method}, or null
     * @param deleted whether the customer was deleted
     * @param phone the phone number, or null
     */
    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        metadata = Map.copyOf(metadata);
    }

    /**
     * A customer without a phone number.
     *
     * @param id the customer's id
     * @param created engine-clock time of creation
     * @param email the email address, or null
     * @param name the full name, or null
     * @param description a free description, or null
     * @param metadata the host's key-value pairs
     * @param defaultPaymentMethod {@code invoice_settings.default_payment_method}, or null
     * @param deleted whether the customer was deleted
     */
    public Customer(CustomerId id, Instant created, @Nullable String email, @Nullable String name,
            @Nullable String description, Map<String, String> metadata, @Nullable PaymentMethodId defaultPaymentMethod,
            boolean deleted) {
        this(id, created, email, name, description, metadata, defaultPaymentMethod, deleted, null);
    }

    /**
     * Returns this customer as deleted: its id and creation time only.
     *
     * @return the deleted view
     */
    public Customer asDeleted() {
        return new Customer(id, created, null, null, null, Map.of(), null, true);
    }
}
