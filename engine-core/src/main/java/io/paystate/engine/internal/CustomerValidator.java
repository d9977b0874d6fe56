package io.paystate.engine.internal;

import io.paystate.engine.CustomerListParams;
import io.paystate.engine.CustomerParams;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentMethodId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The parameter rules of the customer endpoints that need no stored state; each names its {@code param}. */
final class CustomerValidator {
    static final int MAX_EMAIL = 512;
    static final int MAX_NAME = 256;
    static final int MAX_DESCRIPTION = 5000;
    /** Stripe's limit on a customer's phone number. */
    static final int MAX_PHONE = 20;
    static final String DEFAULT_PAYMENT_METHOD = "invoice_settings[default_payment_method]";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private CustomerValidator() {}

    /** Checks the fields; on create the metadata count applies to the entries given. */
    static void validate(CustomerParams p, boolean create) {
        email(p.email(), "email");
        RequestValidator.string(p.name(), "name", MAX_NAME);
        RequestValidator.string(p.description(), "description", MAX_DESCRIPTION);
        RequestValidator.string(p.phone(), "phone", MAX_PHONE);
        RequestValidator.metadataEntries(p.metadata());
        if (create) {
            RequestValidator.metadataCount(withoutEmptyValues(p.metadata()));
        }
        String pm = p.defaultPaymentMethod();
        if (pm != null && !pm.isEmpty()) {
            RequestValidator.string(pm, DEFAULT_PAYMENT_METHOD, RequestValidator.MAX_ID);
            if (!pm.startsWith("pm_") || pm.length() == 3) {
                throw noSuchPaymentMethod(pm);
            }
        }
    }

    static void validate(CustomerListParams p) {
        Integer limit = p.limit();
        if (limit != null && (limit < 1 || limit > 100)) {
            throw Errors.invalid(null, "limit", "Invalid limit: must be between 1 and 100, got " + limit + ".");
        }
        if (p.startingAfter() != null && p.endingBefore() != null) {
            throw Errors.invalid(null, "starting_after",
                    "You may only specify one of these parameters: starting_after, ending_before.");
        }
        RequestValidator.string(p.email(), "email", MAX_EMAIL);
    }

    static io.paystate.engine.PaymentEngineException noSuchPaymentMethod(String id) {
        return Errors.invalid(ErrorCode.RESOURCE_MISSING, DEFAULT_PAYMENT_METHOD, "No such PaymentMethod: '" + id + "'");
    }

    static PaymentMethodId paymentMethodId(String value) {
        return PaymentMethodId.of(value);
    }

    /**
     * The entries that keep a value (an empty one removes its key): {@code metadata} itself when no
     * value is empty, which is what every caller copies or only reads.
     */
    static Map<String, String> withoutEmptyValues(Map<String, String> metadata) {
        if (!metadata.containsValue("")) {
            return metadata; // nearly every request: no map to fill and copy
        }
        Map<String, String> out = new LinkedHashMap<>();
        metadata.forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, v);
            }
        });
        return out;
    }

    static void email(@Nullable String value, String param) {
        if (value == null || value.isEmpty()) {
            return;
        }
        RequestValidator.string(value, param, MAX_EMAIL);
        if (!EMAIL.matcher(value).matches()) {
            throw Errors.invalid(ErrorCode.EMAIL_INVALID, param, "Invalid email address: " + value);
        }
    }
}
