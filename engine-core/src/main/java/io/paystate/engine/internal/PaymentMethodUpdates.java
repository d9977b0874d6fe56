package io.paystate.engine.internal;

import io.paystate.engine.PaymentMethodRequest;
import io.paystate.model.Address;
import io.paystate.model.BillingDetails;
import io.paystate.model.CardExpiry;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentMethod;
import io.paystate.spi.PaymentMethodData;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a payment-method update and of a card's expiry: Stripe answers a bad expiry month or
 * year, or one already past, with a 402 {@code card_error} ({@code invalid_expiry_month} on
 * {@code exp_month}, {@code invalid_expiry_year} on {@code exp_year}), as it does for a raw card.
 */
final class PaymentMethodUpdates {
    static final String BAD_MONTH = "Your card's expiration month is invalid.";
    static final String BAD_YEAR = "Your card's expiration year is invalid.";
    private static final int MAX_FIELD = 5000;

    private PaymentMethodUpdates() {}

    /** The rules that need no stored method; {@code now} is the engine clock's. */
    static void validate(PaymentMethodRequest.Update r, Instant now) {
        RequestValidator.metadataEntries(r.metadata());
        BillingDetails b = r.billingDetails();
        if (b != null) {
            CustomerValidator.email(b.email(), "billing_details[email]");
            RequestValidator.string(b.name(), "billing_details[name]", MAX_FIELD);
            RequestValidator.string(b.phone(), "billing_details[phone]", MAX_FIELD);
        }
        expiry(r.expMonth(), r.expYear(), now);
    }

    /**
     * The rules against the stored method (whose type never changes): the card fields on a card, the
     * account holder type on a US bank account, and the expiry the update leaves not past.
     */
    static void validate(PaymentMethodRequest.Update r, PaymentMethod pm, Instant now) {
        boolean cardFields = r.expMonth() != null || r.expYear() != null;
        if (cardFields && !pm.type().equals("card")) {
            throw Errors.invalid(ErrorCode.PARAMETER_UNKNOWN, "card", "You cannot update the card details of a "
                    + "PaymentMethod of type " + pm.type() + ": only card PaymentMethods have them.");
        }
        if (r.accountHolderType() != null && !pm.type().equals("us_bank_account")) {
            throw Errors.invalid(ErrorCode.PARAMETER_UNKNOWN, "us_bank_account", "You cannot update the US bank "
                    + "account details of a PaymentMethod of type " + pm.type() + ".");
        }
        if (cardFields) {
            CardExpiry stored = pm.cardExpiry() == null ? CardExpiry.TEST_DEFAULT : pm.cardExpiry();
            expiry(r.expMonth() == null ? stored.month() : r.expMonth(),
                    r.expYear() == null ? stored.year() : r.expYear(), now);
        }
    }

    /** The method with the update applied; callers validated it first. */
    static PaymentMethod apply(PaymentMethodRequest.Update r, PaymentMethod pm) {
        Map<String, String> merged = new LinkedHashMap<>(pm.metadata());
        r.metadata().forEach((k, v) -> {
            if (v.isEmpty()) {
                merged.remove(k);
            } else {
                merged.put(k, v);
            }
        });
        RequestValidator.metadataCount(merged);
        CardExpiry expiry = pm.cardExpiry();
        if (r.expMonth() != null || r.expYear() != null) {
            CardExpiry stored = expiry == null ? CardExpiry.TEST_DEFAULT : expiry;
            expiry = new CardExpiry(r.expMonth() == null ? stored.month() : r.expMonth(),
                    r.expYear() == null ? stored.year() : r.expYear());
        }
        BillingDetails billing = r.billingDetails() == null ? pm.billingDetails()
                : merge(pm.billingDetails(), r.billingDetails());
        return pm.updated(merged, billing, expiry,
                r.allowRedisplay() == null ? pm.allowRedisplay() : r.allowRedisplay(),
                r.accountHolderType() == null ? pm.accountHolderType() : r.accountHolderType());
    }

    /** Stripe's merge of a hash on update: given fields replace, an empty string clears, absent ones stay. */
    static BillingDetails merge(BillingDetails stored, BillingDetails patch) {
        Address address = stored.address();
        Address given = patch.address();
        if (given != null) {
            Address base = address == null ? new Address(null, null, null, null, null, null) : address;
            Address next = new Address(field(base.line1(), given.line1()), field(base.line2(), given.line2()),
                    field(base.city(), given.city()), field(base.state(), given.state()),
                    field(base.postalCode(), given.postalCode()), field(base.country(), given.country()));
            address = next.equals(new Address(null, null, null, null, null, null)) ? null : next;
        }
        return new BillingDetails(address, field(stored.email(), patch.email()), field(stored.name(), patch.name()),
                field(stored.phone(), patch.phone()));
    }

    private static @Nullable String field(@Nullable String stored, @Nullable String given) {
        if (given == null) {
            return stored;
        }
        return given.isEmpty() ? null : given;
    }

    /**
     * The expiry a raw card number was created with ({@code card[exp_month]} and {@code card[exp_year]}),
     * checked; null when the data is no raw card with both, so the card shows the test default.
     */
    static @Nullable CardExpiry ofCardData(PaymentMethodData data, Instant now) {
        if (!data.type().equals("card") || !data.fields().containsKey("number")) {
            return null;
        }
        Integer month = integer(data.fields().get("exp_month"), ErrorCode.INVALID_EXPIRY_MONTH, "exp_month",
                BAD_MONTH);
        Integer year = integer(data.fields().get("exp_year"), ErrorCode.INVALID_EXPIRY_YEAR, "exp_year", BAD_YEAR);
        expiry(month, year, now);
        return month == null || year == null ? null : new CardExpiry(month, year);
    }

    private static @Nullable Integer integer(@Nullable String value, ErrorCode code, String param, String message) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw cardError(code, param, message);
        }
    }

    /** Checks a month and year, each possibly absent; a given year before this one, or a past month of it, fails. */
    private static void expiry(@Nullable Integer month, @Nullable Integer year, Instant now) {
        ZonedDateTime today = now.atZone(ZoneOffset.UTC);
        if (month != null && (month < 1 || month > 12)) {
            throw cardError(ErrorCode.INVALID_EXPIRY_MONTH, "exp_month", BAD_MONTH);
        }
        if (year != null && (year < today.getYear() || year > 9999)) {
            throw cardError(ErrorCode.INVALID_EXPIRY_YEAR, "exp_year", BAD_YEAR);
        }
        if (month != null && year != null && new CardExpiry(month, year).before(today.getYear(),
                today.getMonthValue())) {
            throw cardError(ErrorCode.INVALID_EXPIRY_MONTH, "exp_month", BAD_MONTH);
        }
    }

    private static io.paystate.engine.PaymentEngineException cardError(ErrorCode code, String param, String message) {
        return Errors.cardError(code, null, message, param, null, null);
    }
}
