package io.paystate.wire;

import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.IncrementAuthorizationParams;
import io.paystate.engine.LineItemParams;
import io.paystate.engine.UpdateParams;
import io.paystate.model.AutomaticPaymentMethods;
import io.paystate.model.CancellationReason;
import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.ConfirmationMethod;
import io.paystate.model.ErrorCode;
import io.paystate.model.RecordedFields;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.Shipping;
import io.paystate.spi.PaymentMethodData;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the parameters of the operations that change one intent into the engine's params records,
 * after {@link ParameterCheck} held them to {@link ParameterTable}. Create semantics: {@code ""} means
 * absent; update semantics: {@code ""} clears.
 */
final class IntentParams {
    private IntentParams() {}

    static CreateParams create(Params p) {
        CreateParams.Builder b = CreateParams.builder();
        Long amount = p.integer("amount");
        if (amount != null) {
            b.amount(amount);
        }
        String currency = p.optionalString("currency");
        if (currency != null) {
            b.currency(currency);
        }
        String customer = p.optionalString("customer");
        if (customer != null) {
            b.customer(customer);
        }
        String description = p.optionalString("description");
        if (description != null) {
            b.description(description);
        }
        b.metadata(p.stringMap("metadata"));
        String pm = p.optionalString("payment_method");
        if (pm != null) {
            b.paymentMethod(pm);
        }
        PaymentMethodData data = ParamReaders.paymentMethodData(p);
        if (data != null) {
            b.paymentMethodData(data);
        }
        List<String> types = p.stringList("payment_method_types");
        if (types != null) {
            b.paymentMethodTypes(types);
        }
        Params automatic = p.object("automatic_payment_methods");
        if (automatic != null) {
            Boolean enabled = automatic.bool("enabled");
            if (enabled == null) {
                throw Params.invalid(ErrorCode.PARAMETER_MISSING, automatic.name("enabled"),
                        "Missing required param: " + automatic.name("enabled") + ".");
            }
            String redirects = automatic.optionalString("allow_redirects");
            automatic.finish();
            b.automaticPaymentMethods(new AutomaticPaymentMethods(enabled,
                    enabled ? (redirects != null ? redirects : "always") : null));
        }
        CardOptions card = ParamReaders.cardOptions(p);
        if (card != null) {
            b.cardOptions(card);
        }
        CaptureMethod capture = p.enumeration("capture_method", CaptureMethod.class);
        if (capture != null) {
            b.captureMethod(capture);
        }
        ConfirmationMethod confirmation = p.enumeration("confirmation_method", ConfirmationMethod.class);
        if (confirmation != null) {
            b.confirmationMethod(confirmation);
        }
        b.confirm(Boolean.TRUE.equals(p.bool("confirm")));
        Boolean offSession = ParamReaders.offSession(p);
        if (offSession != null) {
            b.offSession(offSession);
        }
        Boolean errorOnRequiresAction = p.bool("error_on_requires_action");
        if (errorOnRequiresAction != null) {
            b.errorOnRequiresAction(errorOnRequiresAction);
        }
        String returnUrl = ParamReaders.returnUrl(p);
        if (returnUrl != null) {
            b.returnUrl(returnUrl);
        }
        String email = p.optionalString("receipt_email");
        if (email != null) {
            b.receiptEmail(email);
        }
        SetupFutureUsage usage = p.enumeration("setup_future_usage", SetupFutureUsage.class);
        if (usage != null) {
            b.setupFutureUsage(usage);
        }
        String descriptor = p.optionalString("statement_descriptor");
        if (descriptor != null) {
            b.statementDescriptor(descriptor);
        }
        String suffix = p.optionalString("statement_descriptor_suffix");
        if (suffix != null) {
            b.statementDescriptorSuffix(suffix);
        }
        Shipping shipping = ParamReaders.shipping(p);
        if (shipping != null) {
            b.shipping(shipping);
        }
        List<LineItemParams> lines = ParamReaders.lineItems(p);
        if (lines != null) {
            b.lineItems(lines);
        }
        RecordedFields recorded = ParamReaders.recorded(p);
        if (recorded != null) {
            b.recorded(recorded);
        }
        return b.build();
    }

    static UpdateParams update(Params p) {
        UpdateParams.Builder b = UpdateParams.builder();
        Long amount = p.integer("amount");
        if (amount != null) {
            b.amount(amount);
        }
        String currency = p.optionalString("currency");
        if (currency != null) {
            b.currency(currency);
        }
        String customer = p.string("customer");
        if (customer != null) {
            b.customer(customer);
        }
        String description = p.string("description");
        if (description != null) {
            b.description(description);
        }
        if (p.isEmptyString("metadata")) {
            p.ignore("metadata");
            b.clearMetadata();
        } else {
            b.metadata(p.stringMap("metadata"));
        }
        String pm = p.string("payment_method");
        if (pm != null) {
            b.paymentMethod(pm);
        }
        List<String> types = p.stringList("payment_method_types");
        if (types != null) {
            b.paymentMethodTypes(types);
        }
        CardOptions card = ParamReaders.cardOptions(p);
        if (card != null) {
            b.cardOptions(card);
        }
        CaptureMethod capture = p.enumeration("capture_method", CaptureMethod.class);
        if (capture != null) {
            b.captureMethod(capture);
        }
        String email = p.string("receipt_email");
        if (email != null) {
            b.receiptEmail(email);
        }
        if (p.isEmptyString("setup_future_usage")) {
            p.ignore("setup_future_usage");
            b.clearSetupFutureUsage();
        } else {
            SetupFutureUsage usage = p.enumeration("setup_future_usage", SetupFutureUsage.class);
            if (usage != null) {
                b.setupFutureUsage(usage);
            }
        }
        String descriptor = p.string("statement_descriptor");
        if (descriptor != null) {
            b.statementDescriptor(descriptor);
        }
        String suffix = p.string("statement_descriptor_suffix");
        if (suffix != null) {
            b.statementDescriptorSuffix(suffix);
        }
        if (p.isEmptyString("shipping")) {
            p.ignore("shipping");
            b.clearShipping();
        } else {
            Shipping shipping = ParamReaders.shipping(p);
            if (shipping != null) {
                b.shipping(shipping);
            }
        }
        List<LineItemParams> lines = ParamReaders.lineItems(p);
        if (lines != null) {
            b.lineItems(lines);
        }
        RecordedFields recorded = ParamReaders.recorded(p);
        if (recorded != null) {
            b.recorded(recorded);
        }
        PaymentMethodData data = ParamReaders.paymentMethodData(p);
        if (data != null) {
            b.paymentMethodData(data);
        }
        return b.build();
    }

    static ConfirmParams confirm(Params p) {
        ConfirmParams.Builder b = ConfirmParams.builder();
        String pm = p.optionalString("payment_method");
        if (pm != null) {
            b.paymentMethod(pm);
        }
        PaymentMethodData data = ParamReaders.paymentMethodData(p);
        if (data != null) {
            b.paymentMethodData(data);
        }
        String returnUrl = ParamReaders.returnUrl(p);
        if (returnUrl != null) {
            b.returnUrl(returnUrl);
        }
        Boolean offSession = ParamReaders.offSession(p);
        if (offSession != null) {
            b.offSession(offSession);
        }
        CaptureMethod capture = p.enumeration("capture_method", CaptureMethod.class);
        if (capture != null) {
            b.captureMethod(capture);
        }
        CardOptions card = ParamReaders.cardOptions(p);
        if (card != null) {
            b.cardOptions(card);
        }
        String email = p.optionalString("receipt_email");
        if (email != null) {
            b.receiptEmail(email);
        }
        SetupFutureUsage usage = p.enumeration("setup_future_usage", SetupFutureUsage.class);
        if (usage != null) {
            b.setupFutureUsage(usage);
        }
        Shipping shipping = ParamReaders.shipping(p);
        if (shipping != null) {
            b.shipping(shipping);
        }
        List<String> types = p.stringList("payment_method_types");
        if (types != null) {
            b.paymentMethodTypes(types);
        }
        List<LineItemParams> lines = ParamReaders.lineItems(p);
        if (lines != null) {
            b.lineItems(lines);
        }
        // a confirmation carries only excluded_payment_method_types and payment_details of these
        RecordedFields recorded = ParamReaders.recorded(p);
        if (recorded != null) {
            b.recorded(recorded);
        }
        Long amountToConfirm = p.integer("amount_to_confirm");
        if (amountToConfirm != null) {
            b.amountToConfirm(amountToConfirm);
        }
        Boolean errorOnRequiresAction = p.bool("error_on_requires_action");
        if (errorOnRequiresAction != null) {
            b.errorOnRequiresAction(errorOnRequiresAction);
        }
        return b.build();
    }

    static CaptureParams capture(Params p) {
        return new CaptureParams(p.integer("amount_to_capture"), p.bool("final_capture"), p.stringMap("metadata"),
                p.string("statement_descriptor"), p.string("statement_descriptor_suffix"),
                p.integer("application_fee_amount"), transferAmount(p), ParamReaders.lineItems(p),
                ParamReaders.paymentDetails(p));
    }

    static CancelParams cancel(Params p) {
        return new CancelParams(p.enumeration("cancellation_reason", CancellationReason.class));
    }

    static IncrementAuthorizationParams increment(Params p) {
        return new IncrementAuthorizationParams(p.integer("amount"), p.string("description"), p.stringMap("metadata"),
                p.string("statement_descriptor"), p.integer("application_fee_amount"), transferAmount(p),
                ParamReaders.lineItems(p), ParamReaders.paymentDetails(p));
    }

    private static @Nullable Long transferAmount(Params p) {
        Params transfer = p.object("transfer_data");
        return transfer == null ? null : transfer.integer("amount");
    }
}
