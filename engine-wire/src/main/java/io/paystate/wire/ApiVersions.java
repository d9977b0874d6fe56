package io.paystate.wire;

import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentEngineException;
import io.paystate.model.ErrorType;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Stripe-Version} a client may send. PayState renders one API version,
 * {@value StripeJson#API_VERSION}; a request naming another is refused before it runs, with
 * Stripe's error for a version it cannot serve. docs/api-versions.md says which client versions fit.
 *
 * <p>Thread safety: stateless.
 */
public final class ApiVersions {
    /** The version every response is rendered in. */
    public static final String RENDERED = StripeJson.API_VERSION;

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(\\.[a-z]+)?");

    private ApiVersions() {}

    /**
     * Returns the version to render a request in: {@link #RENDERED} when the header is absent or
     * names it (with or without its release name, {@code 2026-07-29} or {@code 2026-07-29.dahlia}).
     *
     * @param header the {@code Stripe-Version} header, or null when not sent
     * @throws PaymentEngineException a 400 {@code invalid_request_error} for a malformed version, or a
     *     version PayState does not render
     * @return the version to render a request in: {@link #RENDERED} when the header is absent or names it (with or without its release name, {@code 2026-07-29} or {@code 2026-07-29.dahlia})
     */
    public static String accept(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return RENDERED;
        }
        String version = header.strip();
        if (!FORMAT.matcher(version).matches()) {
            throw refused("Invalid Stripe API version: " + brief(version));
        }
        if (version.equals(RENDERED) || version.equals(RENDERED.substring(0, RENDERED.indexOf('.')))) {
            return RENDERED;
        }
        throw refused("Invalid Stripe API version: " + version + ". This server renders only "
                + RENDERED + "; use a client pinned to that version (stripe-java 33.x) or omit the Stripe-Version "
                + "header.");
    }

    private static String brief(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }

    private static PaymentEngineException refused(String message) {
        return PaymentEngineException.of(new ErrorDetails(400, ErrorType.INVALID_REQUEST_ERROR, null, message, null,
                null, null, null, null, false));
    }
}
