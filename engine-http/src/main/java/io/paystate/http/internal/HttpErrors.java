package io.paystate.http.internal;

import io.paystate.engine.ErrorDetails;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import org.jspecify.annotations.Nullable;

/** The errors the HTTP layer answers itself, in Stripe's shapes and with Stripe's statuses. */
final class HttpErrors {
    private HttpErrors() {}

    static ErrorDetails of(int status, @Nullable ErrorCode code, String message, @Nullable String param) {
        return new ErrorDetails(status, status >= 500 ? ErrorType.API_ERROR : ErrorType.INVALID_REQUEST_ERROR, code,
                message, param, null, null, null, null, false);
    }

    static ErrorDetails noKey() {
        return of(401, null, "You did not provide an API key. You need to provide your API key in the Authorization "
                + "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').", null);
    }

    static ErrorDetails invalidKey(String masked) {
        return of(401, null, "Invalid API Key provided: " + masked, null);
    }

    static ErrorDetails publishableKey() {
        return of(401, null, "This API call cannot be made with a publishable API key. Please use a secret API key.",
                null);
    }

    static ErrorDetails unknownPath(String method, String path) {
        return of(404, null, "Unrecognized request URL (" + method + ": " + brief(path) + "). Please see "
                + "https://stripe.com/docs or we can help at https://support.stripe.com/.", null);
    }

    static ErrorDetails wrongMethod(String method, String path, java.util.Set<String> allowed) {
        return of(405, null, "Unrecognized request URL (" + method + ": " + brief(path) + "): this path takes "
                + String.join(", ", allowed) + ".", null);
    }

    static ErrorDetails tooLarge(long limit) {
        return of(413, null, "Request body too large: this server accepts at most " + limit + " bytes.", null);
    }

    static ErrorDetails malformed(String message) {
        return of(400, null, "Invalid request: " + message, null);
    }

    static ErrorDetails contentType(String contentType) {
        return of(400, null, "Invalid request: the body must be application/x-www-form-urlencoded, not "
                + brief(contentType) + ".", null);
    }

    static ErrorDetails missing(String param) {
        return of(400, ErrorCode.PARAMETER_MISSING, "Missing required param: " + param + ".", param);
    }

    static ErrorDetails invalid(String param, String message) {
        return of(400, null, message, param);
    }

    static ErrorDetails noSuch(String what, String id, String param) {
        return of(404, ErrorCode.RESOURCE_MISSING, "No such " + what + ": '" + brief(id) + "'", param);
    }

    static ErrorDetails internal() {
        return of(500, null, "An unexpected error occurred on PayState's side; the request may be retried.", null);
    }

    static String brief(String s) {
        String clean = s.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
    }
}
