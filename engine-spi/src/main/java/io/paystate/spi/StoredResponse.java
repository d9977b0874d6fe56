package io.paystate.spi;

import io.paystate.model.ChargeId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.Customer;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethod;
import io.paystate.model.SetupIntent;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The full outcome of a request, as remembered for its idempotency key: exactly one of the bodies
 * (the object the request returned: an intent, a customer, a payment method or a SetupIntent) or an
 * error.
 *
 * @param httpStatus the HTTP status (200, 400, 402, 500, ...)
 * @param body the returned intent, for a success of a PaymentIntent request
 * @param error the error, for a failure
 * @param requestId the id of the original request
 * @param customer the returned customer, for a success of a customer request
 * @param paymentMethod the returned payment method, for a success of a payment-method request
 * @param setupIntent the returned SetupIntent, for a success of a SetupIntent request
 */
public record StoredResponse(int httpStatus, @Nullable PaymentIntent body, @Nullable Error error,
        @Nullable String requestId, @Nullable Customer customer, @Nullable PaymentMethod paymentMethod,
        @Nullable SetupIntent setupIntent) {

    /**
     * Throws {@link IllegalArgumentException} unless exactly one of the bodies and the error is set.
     *
     * @param httpStatus the HTTP status (200, 400, 402, 500, ...)
     * @param body the returned intent, for a success of a PaymentIntent request
     * @param error the error, for a failure
     * @param requestId the id of the original request
     * @param customer the returned customer
     * @param paymentMethod the returned payment method
     * @param setupIntent the returned SetupIntent
     */
    public StoredResponse {
        int set = (body == null ? 0 : 1) + (error == null ? 0 : 1) + (customer == null ? 0 : 1)
                + (paymentMethod == null ? 0 : 1) + (setupIntent == null ? 0 : 1);
        if (set != 1) {
            throw new IllegalArgumentException("exactly one of the bodies and the error must be set, got " + set);
        }
    }

    /**
     * Returns the remembered answer of a PaymentIntent request: an intent or an error.
     *
     * @param httpStatus the HTTP status
     * @param body the returned intent, or null for an error
     * @param error the error, or null for a success
     * @param requestId the id of the original request
     */
    public StoredResponse(int httpStatus, @Nullable PaymentIntent body, @Nullable Error error,
            @Nullable String requestId) {
        this(httpStatus, body, error, requestId, null, null, null);
    }

    /**
     * Returns the remembered success of a request on a customer, a payment method or a SetupIntent.
     *
     * @param returned the object the request returned: a {@link PaymentIntent}, {@link Customer},
     *     {@link PaymentMethod} or {@link SetupIntent}
     * @param requestId the id of the original request
     * @return the remembered response, status 200
     * @throws IllegalArgumentException for any other kind of object
     */
    public static StoredResponse of(Object returned, @Nullable String requestId) {
        if (returned instanceof PaymentIntent pi) {
            return new StoredResponse(200, pi, null, requestId);
        } else if (returned instanceof Customer c) {
            return new StoredResponse(200, null, null, requestId, c, null, null);
        } else if (returned instanceof PaymentMethod pm) {
            return new StoredResponse(200, null, null, requestId, null, pm, null);
        } else if (returned instanceof SetupIntent si) {
            return new StoredResponse(200, null, null, requestId, null, null, si);
        }
        throw new IllegalArgumentException("no remembered form for a " + returned.getClass().getName());
    }

    /**
     * Returns the object a success returned, whatever its kind; null for an error.
     *
     * @return the returned object, or null for an error
     */
    public @Nullable Object returned() {
        if (body != null) {
            return body;
        } else if (customer != null) {
            return customer;
        } else if (paymentMethod != null) {
            return paymentMethod;
        }
        return setupIntent;
    }

    /**
     * A remembered error; the fields of Stripe's error object.
     *
     * @param type the error type
     * @param code the error code, if any
     * @param message the message
     * @param param the offending parameter
     * @param declineCode the decline code
     * @param paymentIntent the intent embedded in the error
     * @param charge the failed charge
     */
    @SuppressWarnings("JavaLangClash") // named as Stripe's error object; always used qualified
    public record Error(ErrorType type, @Nullable ErrorCode code, String message, @Nullable String param,
            @Nullable String declineCode, @Nullable PaymentIntent paymentIntent, @Nullable ChargeId charge,
            @Nullable SetupIntent setupIntent) {
        /**
         * Throws {@link NullPointerException} if type or message is null.
         *
         * @param type the error type
         * @param code the error code, if any
         * @param message the message
         * @param param the offending parameter
         * @param declineCode the decline code
         * @param paymentIntent the intent embedded in the error
         * @param charge the failed charge
         * @param setupIntent the SetupIntent embedded in the error
         */
        public Error {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(message, "message");
        }

        /**
         * Returns an error of a PaymentIntent request (no SetupIntent embedded).
         *
         * @param type the error type
         * @param code the error code, if any
         * @param message the message
         * @param param the offending parameter
         * @param declineCode the decline code
         * @param paymentIntent the intent embedded in the error
         * @param charge the failed charge
         */
        public Error(ErrorType type, @Nullable ErrorCode code, String message, @Nullable String param,
                @Nullable String declineCode, @Nullable PaymentIntent paymentIntent, @Nullable ChargeId charge) {
            this(type, code, message, param, declineCode, paymentIntent, charge, null);
        }
    }
}
