package io.paystate.engine.internal;

import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.SetupIntentConfirmParams;
import io.paystate.engine.SetupIntentCreateParams;
import io.paystate.engine.SetupIntentListParams;
import io.paystate.engine.SetupIntentUpdateParams;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentMethod;
import io.paystate.spi.PaymentMethodData;
import io.paystate.spi.StoredCustomer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parameter rules of the SetupIntent endpoints, each naming Stripe's {@code param}: the ones that
 * need no stored state (run before anything is stored), and the checks of a customer and a payment
 * method against the stored ones.
 */
final class SetupIntentValidator {
    /** The payment method types a SetupIntent can set up here (a customer balance cannot be saved). */
    static final Set<String> TYPES = Set.of("card", "sepa_debit", "us_bank_account");
    static final List<String> DEFAULT_TYPES = List.of("card");

    private SetupIntentValidator() {}

    static void create(SetupIntentCreateParams p) {
        customer(p.customer());
        method(p.paymentMethod(), p.paymentMethodData());
        types(p.paymentMethodTypes());
        RequestValidator.string(p.description(), "description", RequestValidator.MAX_DESCRIPTION);
        RequestValidator.metadataEntries(p.metadata());
        RequestValidator.metadataCount(CustomerValidator.withoutEmptyValues(p.metadata()));
        RequestValidator.string(p.returnUrl(), "return_url", RequestValidator.MAX_ID);
        if (!p.confirm() && p.returnUrl() != null) {
            throw Errors.invalid(null, "return_url", "You can only set `return_url` when `confirm` is true.");
        }
        if (p.confirm() && empty(p.paymentMethod()) && p.paymentMethodData() == null) {
            throw Errors.missing("payment_method");
        }
    }

    static void update(SetupIntentUpdateParams p) {
        customer(p.customer());
        method(p.paymentMethod(), p.paymentMethodData());
        types(p.paymentMethodTypes());
        RequestValidator.string(p.description(), "description", RequestValidator.MAX_DESCRIPTION);
        RequestValidator.metadataEntries(p.metadata());
    }

    static void confirm(SetupIntentConfirmParams p) {
        method(p.paymentMethod(), p.paymentMethodData());
        RequestValidator.string(p.returnUrl(), "return_url", RequestValidator.MAX_ID);
    }

    static void list(SetupIntentListParams p) {
        Integer limit = p.limit();
        if (limit != null && (limit < 1 || limit > 100)) {
            throw Errors.invalid(null, "limit", "Invalid limit: must be between 1 and 100, got " + limit + ".");
        }
        if (p.startingAfter() != null && p.endingBefore() != null) {
            throw Errors.invalid(ErrorCode.PARAMETERS_EXCLUSIVE, "ending_before",
                    "You may only specify one of these parameters: starting_after, ending_before.");
        }
        customer(p.customer());
        method(p.paymentMethod(), null);
    }

    private static boolean empty(@Nullable String value) {
        return value == null || value.isEmpty();
    }

    private static void customer(@Nullable String value) {
        RequestValidator.string(value, "customer", RequestValidator.MAX_ID);
        if (value != null && !value.isEmpty() && value.isBlank()) {
            throw Errors.invalid(ErrorCode.PARAMETER_INVALID_STRING_BLANK, "customer", "customer must not be blank.");
        }
    }

    private static void method(@Nullable String id, @Nullable PaymentMethodData data) {
        if (!empty(id)) {
            RequestValidator.string(id, "payment_method", RequestValidator.MAX_ID);
            if (!Objects.requireNonNull(id).startsWith("pm_") || id.length() == 3) {
                throw Errors.invalid(ErrorCode.RESOURCE_MISSING, "payment_method", "No such PaymentMethod: '" + id + "'");
            }
            if (data != null) {
                throw Errors.invalid(ErrorCode.PARAMETERS_EXCLUSIVE, "payment_method_data",
                        "You may only specify one of these parameters: payment_method, payment_method_data.");
            }
        }
    }

    private static void types(@Nullable List<String> types) {
        if (types == null) {
            return;
        }
        if (types.isEmpty()) {
            throw Errors.invalid(ErrorCode.PARAMETER_INVALID_EMPTY, "payment_method_types",
                    "payment_method_types must name at least one payment method type.");
        }
        for (String type : types) {
            if (!TYPES.contains(type)) {
                throw Errors.invalid(null, "payment_method_types", "The payment method type \"" + type
                        + "\" is invalid. Supported types for SetupIntents here: card, sepa_debit, us_bank_account.");
            }
        }
    }

    /** A SetupIntent's customer must be a live customer of the account, else 400 {@code resource_missing}. */
    static @Nullable CustomerId liveCustomer(Customers customers, io.paystate.model.AccountId account,
            @Nullable String value) {
        if (empty(value)) {
            return null;
        }
        Optional<StoredCustomer> found = customers.store().find(account, CustomerId.of(Objects.requireNonNull(value)));
        if (found.isEmpty() || found.get().customer().deleted()) {
            throw Customers.noSuchCustomer(400, "customer", value);
        }
        return found.get().customer().id();
    }

    static PaymentEngineException incompatible(String type, List<String> types) {
        return Errors.invalid(null, "payment_method", "The PaymentMethod provided (" + type + ") is not allowed for "
                + "this SetupIntent. Please attach a PaymentMethod of one of the following types: "
                + String.join(", ", types) + ".");
    }
}
