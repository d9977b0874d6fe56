package io.paystate.engine.internal;

import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.IncrementAuthorizationParams;
import io.paystate.engine.UpdateParams;
import io.paystate.model.CancellationReason;
import io.paystate.model.Currency;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentMethodId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parameter rules of spec A 11 that need no stored intent. Every failure is an
 * {@code invalid_request_error} naming its {@code param}, raised before anything is stored or
 * emitted. Rules that need the intent (metadata limits on the merged result, status rules) are the
 * engine's.
 */
final class RequestValidator {
    static final int MAX_METADATA_KEYS = 50;
    static final int MAX_METADATA_KEY_LENGTH = 40;
    static final int MAX_METADATA_VALUE_LENGTH = 500;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_DESCRIPTOR = 22;
    static final int MAX_ID = 5000;

    /** The payment-method types the engine knows (test mode). */
    static final Set<String> PAYMENT_METHOD_TYPES =
            Set.of("card", "sepa_debit", "us_bank_account", "customer_balance");

    private static final Set<CancellationReason> CANCEL_REASONS = Set.of(CancellationReason.ABANDONED,
            CancellationReason.DUPLICATE, CancellationReason.FRAUDULENT, CancellationReason.REQUESTED_BY_CUSTOMER);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");

    private RequestValidator() {}

    /** Checks a create request; returns its currency, parsed once. */
    static Currency validateCreate(CreateParams p) {
        if (p.amount() == null) {
            throw Errors.missing("amount");
        }
        if (p.currency() == null || p.currency().isEmpty()) {
            throw Errors.missing("currency");
        }
        Currency currency = currency(p.currency());
        amount(p.amount(), currency, "amount");
        metadataEntries(p.metadata());
        if (nonEmptyValues(p.metadata()) > MAX_METADATA_KEYS) {
            throw Errors.invalid(null, "metadata", "Metadata can have up to " + MAX_METADATA_KEYS + " keys.");
        }
        string(p.description(), "description", MAX_DESCRIPTION);
        customer(p.customer());
        recorded(p.recorded());
        paymentMethodId(p.paymentMethod(), "payment_method");
        if (p.paymentMethod() != null && !p.paymentMethod().isEmpty() && p.paymentMethodData() != null) {
            throw Errors.invalid(ErrorCode.PARAMETERS_EXCLUSIVE, "payment_method_data",
                    "You may only specify one of these parameters: payment_method, payment_method_data.");
        }
        paymentMethodTypes(p.paymentMethodTypes());
        if (p.automaticPaymentMethods() != null && p.automaticPaymentMethods().enabled()
                && p.paymentMethodTypes() != null) {
            throw Errors.invalid(ErrorCode.PARAMETERS_EXCLUSIVE, "automatic_payment_methods",
                    "You may only specify one of these parameters: automatic_payment_methods, payment_method_types.");
        }
        email(p.receiptEmail());
        statementDescriptor(p.statementDescriptor(), p.paymentMethodTypes());
        string(p.statementDescriptorSuffix(), "statement_descriptor_suffix", MAX_DESCRIPTOR);
        string(p.returnUrl(), "return_url", MAX_ID);
        lineItems(p.lineItems());
        if (!p.confirm()) {
            if (p.offSession() != null) {
                throw Errors.invalid(null, "off_session", "You can only set `off_session` when `confirm` is true.");
            }
            if (p.returnUrl() != null) {
                throw Errors.invalid(null, "return_url", "You can only set `return_url` when `confirm` is true.");
            }
            if (p.errorOnRequiresAction() != null) {
                throw Errors.invalid(null, "error_on_requires_action",
                        "You can only set `error_on_requires_action` when `confirm` is true.");
            }
        }
        return currency;
    }

    static final int MAX_LINE_ITEMS = 200;

    /** Checks {@code amount_details[line_items]}: each required field, each limit, by its bracketed name. */
    static void lineItems(@Nullable List<io.paystate.engine.LineItemParams> items) {
        if (items == null) {
            return;
        }
        if (items.size() > MAX_LINE_ITEMS) {
            throw Errors.invalid(null, "amount_details[line_items]",
                    "amount_details[line_items] can have up to " + MAX_LINE_ITEMS + " items; got " + items.size() + ".");
        }
        for (int i = 0; i < items.size(); i++) {
            io.paystate.engine.LineItemParams item = items.get(i);
            String at = "amount_details[line_items][" + i + "]";
            if (item.productName() == null || item.productName().isEmpty()) {
                throw Errors.missing(at + "[product_name]");
            }
            string(item.productName(), at + "[product_name]", 1024);
            string(item.productCode(), at + "[product_code]", 12);
            if (item.unitCost() == null) {
                throw Errors.missing(at + "[unit_cost]");
            }
            if (item.quantity() == null) {
                throw Errors.missing(at + "[quantity]");
            }
            if (item.unitCost() < 0 || item.unitCost() > Currency.MAXIMUM_AMOUNT) {
                throw Errors.invalid(null, at + "[unit_cost]", "unit_cost must be between 0 and "
                        + Currency.MAXIMUM_AMOUNT + ".");
            }
            if (item.quantity() < 1) {
                throw Errors.invalid(null, at + "[quantity]", "quantity must be at least 1.");
            }
            if (item.discountAmount() != null && item.discountAmount() < 0) {
                throw Errors.invalid(null, at + "[discount_amount]", "discount_amount must not be negative.");
            }
            if (item.taxAmount() != null && item.taxAmount() < 0) {
                throw Errors.invalid(null, at + "[tax][total_tax_amount]", "total_tax_amount must not be negative.");
            }
        }
    }

    static void validateMicrodeposits(io.paystate.engine.VerifyMicrodepositsParams p) {
        if (p.amounts() != null && p.descriptorCode() != null) {
            throw Errors.invalid(ErrorCode.PARAMETERS_EXCLUSIVE, "descriptor_code",
                    "You may only specify one of these parameters: amounts, descriptor_code.");
        }
        if (p.amounts() == null && p.descriptorCode() == null) {
            throw Errors.missing("amounts");
        }
        if (p.amounts() != null && (p.amounts().size() != 2
                || p.amounts().stream().anyMatch(a -> a == null || a < 1 || a > 99))) {
            throw Errors.invalid(ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_AMOUNTS_INVALID, "amounts",
                    "Please provide exactly two microdeposit amounts, each between 1 and 99 cents.");
        }
        if (p.descriptorCode() != null && !p.descriptorCode().matches("SM[A-Z0-9]{4}")) {
            throw Errors.invalid(null, "descriptor_code",
                    "The descriptor code must be 6 characters starting with SM, e.g. SM11AA.");
        }
    }

    static void validateCustomerBalance(io.paystate.engine.ApplyCustomerBalanceParams p) {
        if (p.amount() != null) {
            positiveBounded(p.amount(), "amount");
        }
        if (p.currency() != null) {
            currency(p.currency());
        }
    }

    /** Checks an update request; returns its new currency, parsed once, or null when it keeps the intent's. */
    static @Nullable Currency validateUpdate(UpdateParams p) {
        lineItems(p.lineItems());
        Currency currency = null;
        if (p.currency() != null) {
            currency = currency(p.currency());
            if (p.amount() != null) {
                amount(p.amount(), currency, "amount");
            }
        } else if (p.amount() != null) {
            // the currency is the intent's: the minimum is checked by the engine on the merged result
            positiveBounded(p.amount(), "amount");
        }
        metadataEntries(p.metadata());
        string(p.description(), "description", MAX_DESCRIPTION);
        customer(p.customer());
        if (p.recorded() != null) {
            recorded(p.recorded());
        }
        paymentMethodId(p.paymentMethod(), "payment_method");
        if (p.paymentMethod() != null && p.paymentMethodData() != null) {
            throw Errors.invalid(ErrorCode.PARAMETERS_EXCLUSIVE, "payment_method_data",
                    "You may only specify one of these parameters: payment_method, payment_method_data.");
        }
        paymentMethodTypes(p.paymentMethodTypes());
        if (p.receiptEmail() != null && !p.receiptEmail().isEmpty()) {
            email(p.receiptEmail());
        }
        if (p.statementDescriptor() != null && !p.statementDescriptor().isEmpty()) {
            statementDescriptor(p.statementDescriptor(), p.paymentMethodTypes());
        }
        string(p.statementDescriptorSuffix(), "statement_descriptor_suffix", MAX_DESCRIPTOR);
        if (p.setupFutureUsage() != null && p.clearSetupFutureUsage()) {
            throw Errors.invalid(ErrorCode.PARAMETERS_EXCLUSIVE, "setup_future_usage",
                    "setup_future_usage cannot be set and cleared at once.");
        }
        if (p.shipping() != null && p.clearShipping()) {
            throw Errors.invalid(ErrorCode.PARAMETERS_EXCLUSIVE, "shipping", "shipping cannot be set and cleared at once.");
        }
        return currency;
    }

    static void validateConfirm(ConfirmParams p) {
        paymentMethodId(p.paymentMethod(), "payment_method");
        if (p.paymentMethod() != null && p.paymentMethodData() != null) {
            throw Errors.invalid(ErrorCode.PARAMETERS_EXCLUSIVE, "payment_method_data",
                    "You may only specify one of these parameters: payment_method, payment_method_data.");
        }
        email(p.receiptEmail());
        string(p.returnUrl(), "return_url", MAX_ID);
        paymentMethodTypes(p.paymentMethodTypes());
        lineItems(p.lineItems());
        if (p.recorded() != null) {
            recorded(p.recorded());
        }
        if (p.amountToConfirm() != null) {
            // the currency is the intent's: its minimum is checked by the command
            positiveBounded(p.amountToConfirm(), "amount_to_confirm");
        }
    }

    static void validateCapture(CaptureParams p) {
        if (p.amountToCapture() != null) {
            positiveBounded(p.amountToCapture(), "amount_to_capture");
        }
        if (Boolean.FALSE.equals(p.finalCapture())) {
            throw Errors.invalid(null, "final_capture",
                    "Multicapture (final_capture=false) is not enabled for this engine.");
        }
        metadataEntries(p.metadata());
        if (p.statementDescriptor() != null && !p.statementDescriptor().isEmpty()) {
            statementDescriptor(p.statementDescriptor(), List.of());
        }
        string(p.statementDescriptorSuffix(), "statement_descriptor_suffix", MAX_DESCRIPTOR);
        nonNegative(p.applicationFeeAmount(), "application_fee_amount");
        nonNegative(p.transferAmount(), "transfer_data[amount]");
        lineItems(p.lineItems());
        if (p.recorded() != null) {
            recorded(p.recorded());
        }
    }

    /** A customer id may be cleared with {@code ""} (update) but never be blank. */
    private static void customer(@Nullable String value) {
        string(value, "customer", MAX_ID);
        if (value != null && !value.isEmpty() && value.isBlank()) {
            throw Errors.invalid(null, "customer", "Invalid customer: a customer id must not be blank.");
        }
    }

    /** The recorded (no-effect) fields still follow Stripe's types and limits. */
    private static void recorded(io.paystate.model.RecordedFields r) {
        nonNegative(r.applicationFeeAmount(), "application_fee_amount");
        nonNegative(r.transferAmount(), "transfer_data[amount]");
        string(r.onBehalfOf(), "on_behalf_of", MAX_ID);
        string(r.transferDestination(), "transfer_data[destination]", MAX_ID);
        string(r.transferGroup(), "transfer_group", MAX_ID);
        string(r.customerReference(), "payment_details[customer_reference]", 128);
        string(r.orderReference(), "payment_details[order_reference]", 128);
    }

    private static void nonNegative(@Nullable Long amount, String param) {
        if (amount == null) {
            return;
        }
        if (amount < 0) {
            throw Errors.invalid(null, param, "This value must be greater than or equal to 0.");
        }
        if (amount > Currency.MAXIMUM_AMOUNT) {
            throw Errors.invalid(ErrorCode.AMOUNT_TOO_LARGE, param,
                    "This value must be less than or equal to " + Currency.MAXIMUM_AMOUNT + ".");
        }
    }

    static void validateCancel(CancelParams p) {
        CancellationReason reason = p.cancellationReason();
        if (reason != null && !CANCEL_REASONS.contains(reason)) {
            throw Errors.invalid(null, "cancellation_reason", "Invalid cancellation_reason: must be one of "
                    + "abandoned, duplicate, fraudulent or requested_by_customer.");
        }
    }

    static void validateIncrement(IncrementAuthorizationParams p) {
        if (p.amount() == null) {
            throw Errors.missing("amount");
        }
        positiveBounded(p.amount(), "amount");
        string(p.description(), "description", MAX_DESCRIPTION);
        metadataEntries(p.metadata());
        if (p.statementDescriptor() != null && !p.statementDescriptor().isEmpty()) {
            statementDescriptor(p.statementDescriptor(), List.of());
        }
        nonNegative(p.applicationFeeAmount(), "application_fee_amount");
        nonNegative(p.transferAmount(), "transfer_data[amount]");
        lineItems(p.lineItems());
        if (p.recorded() != null) {
            recorded(p.recorded());
        }
    }

    static Currency currency(String code) {
        return Currency.find(code).orElseThrow(() -> Errors.invalid(null, "currency",
                "Invalid currency: " + code + ". Stripe currently supports these currencies: a lowercase ISO code "
                        + "such as usd, eur, gbp or jpy."));
    }

    /** Checks an amount against the currency's minimum and the global maximum. */
    static void amount(long amount, Currency currency, String param) {
        if (amount < currency.minimumAmount()) {
            throw Errors.invalid(ErrorCode.AMOUNT_TOO_SMALL, param,
                    "Amount must be at least " + major(currency.minimumAmount(), currency) + " " + currency.code());
        }
        if (amount > Currency.MAXIMUM_AMOUNT) {
            throw Errors.invalid(ErrorCode.AMOUNT_TOO_LARGE, param,
                    "Amount must be no more than " + major(Currency.MAXIMUM_AMOUNT, currency) + " " + currency.code());
        }
    }

    static void positiveBounded(long amount, String param) {
        if (amount < 1) {
            throw Errors.invalid(ErrorCode.AMOUNT_TOO_SMALL, param, "This value must be greater than or equal to 1.");
        }
        if (amount > Currency.MAXIMUM_AMOUNT) {
            throw Errors.invalid(ErrorCode.AMOUNT_TOO_LARGE, param,
                    "This value must be less than or equal to " + Currency.MAXIMUM_AMOUNT + ".");
        }
    }

    private static String major(long minor, Currency currency) {
        return BigDecimal.valueOf(minor, currency.decimals()).toPlainString();
    }

    /** How many entries of {@code metadata} have a value (an empty one removes its key). */
    static int nonEmptyValues(Map<String, String> metadata) {
        if (metadata.isEmpty()) {
            return 0; // most requests carry none: no iterator for them
        }
        int count = 0;
        for (String value : metadata.values()) {
            if (!value.isEmpty()) {
                count++;
            }
        }
        return count;
    }

    /** Checks the shape of metadata entries; counts are checked on the merged result. */
    static void metadataEntries(Map<String, String> metadata) {
        if (metadata.isEmpty()) {
            return; // most requests carry none: no entry set or iterator for them
        }
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            String key = e.getKey();
            if (key.isEmpty() || key.length() > MAX_METADATA_KEY_LENGTH) {
                throw Errors.invalid(null, "metadata", "Metadata keys must be 1 to " + MAX_METADATA_KEY_LENGTH
                        + " characters long; got a key of " + key.length() + " characters.");
            }
            if (key.indexOf('[') >= 0 || key.indexOf(']') >= 0) {
                throw Errors.invalid(null, "metadata", "Metadata keys may not contain '[' or ']': " + key);
            }
            if (e.getValue().length() > MAX_METADATA_VALUE_LENGTH) {
                throw Errors.invalid(null, "metadata", "Metadata values can have up to " + MAX_METADATA_VALUE_LENGTH
                        + " characters; the value of '" + key + "' has " + e.getValue().length() + ".");
            }
        }
    }

    /** Checks the number of keys of a merged metadata map. */
    static void metadataCount(Map<String, String> merged) {
        if (merged.size() > MAX_METADATA_KEYS) {
            throw Errors.invalid(null, "metadata", "Metadata can have up to " + MAX_METADATA_KEYS + " keys; "
                    + "this request would leave " + merged.size() + ".");
        }
    }

    static void string(@Nullable String value, String param, int max) {
        if (value != null && value.length() > max) {
            throw Errors.invalid(null, param, "Invalid string: " + param + " must be at most " + max
                    + " characters long; got " + value.length() + ".");
        }
    }

    private static void paymentMethodId(@Nullable String value, String param) {
        if (value == null || value.isEmpty()) {
            return;
        }
        string(value, param, MAX_ID);
        try {
            PaymentMethodId.of(value);
        } catch (IllegalArgumentException e) {
            throw Errors.invalid(ErrorCode.RESOURCE_MISSING, param, "No such PaymentMethod: '" + value + "'");
        }
    }

    private static void paymentMethodTypes(@Nullable List<String> types) {
        if (types == null) {
            return;
        }
        if (types.isEmpty()) {
            throw Errors.invalid(ErrorCode.PARAMETER_INVALID_EMPTY, "payment_method_types",
                    "payment_method_types must name at least one payment method type.");
        }
        for (String type : types) {
            if (!PAYMENT_METHOD_TYPES.contains(type)) {
                throw Errors.invalid(null, "payment_method_types", "The payment method type \"" + type
                        + "\" is invalid. Supported types here: card, customer_balance, sepa_debit, us_bank_account.");
            }
        }
    }

    private static void email(@Nullable String value) {
        if (value == null) {
            return;
        }
        string(value, "receipt_email", 800);
        if (!EMAIL.matcher(value).matches()) {
            throw Errors.invalid(ErrorCode.EMAIL_INVALID, "receipt_email", "Invalid email address: " + value);
        }
    }

    private static void statementDescriptor(@Nullable String value, @Nullable List<String> types) {
        if (value == null) {
            return;
        }
        string(value, "statement_descriptor", MAX_DESCRIPTOR);
        if (!HAS_LETTER.matcher(value).matches()) {
            throw Errors.invalid(null, "statement_descriptor",
                    "The statement descriptor must contain at least one letter.");
        }
        if (types == null || types.contains("card")) {
            throw Errors.invalid(null, "statement_descriptor", "The `statement_descriptor` parameter is not supported "
                    + "for the `card` payment method type. Use `statement_descriptor_suffix` instead.");
        }
    }
}
