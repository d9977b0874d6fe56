package io.paystate.http.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.http.ApiKeys;
import io.paystate.http.TimeTravel;
import io.paystate.wire.ApiVersions;
import io.paystate.wire.PaymentMethodLookup;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's HTTP protocol over the engine: authenticates the key, checks {@code Stripe-Version},
 * routes, decodes the form, and answers with Stripe's JSON and headers. Each kind of route is served
 * by its own class; this one does what every request shares.
 */
public final class StripeApi implements ApiHandler {
    static final int MAX_IDEMPOTENCY_KEY = 255;

    private final ApiKeys keys;
    private final long maxBodyBytes;
    private final EngineRoutes engineRoutes;
    private final @Nullable WebhookRoutes webhookRoutes;
    private final ClockRoutes clockRoutes;
    private final KeyedReplies keyedReplies = new KeyedReplies(java.time.Clock.systemUTC());

    public StripeApi(PaymentEngine engine, ApiKeys keys, long maxBodyBytes, @Nullable DeliveryHub hub,
            @Nullable TimeTravel timeTravel, PaymentMethodLookup paymentMethods) {
        this.keys = Objects.requireNonNull(keys);
        this.maxBodyBytes = maxBodyBytes;
        this.engineRoutes = new EngineRoutes(engine, hub, paymentMethods);
        this.webhookRoutes = hub == null ? null : new WebhookRoutes(hub);
        this.clockRoutes = new ClockRoutes(engine, hub, timeTravel);
    }

    /** The reply when the handler itself fails: Stripe's api_error, which clients may retry. */
    public static HttpReply internalError() {
        return Replies.error(HttpErrors.internal(), Signatures.random("req_", 14));
    }

    @Override
    public HttpReply handle(HttpCall call) {
        String requestId = Signatures.random("req_", 14);
        if (headersTooLarge(call)) {
            return Replies.error(HttpErrors.of(431, null, "Request headers too large: at most "
                    + JdkHttpTransport.MAX_HEADERS + " headers of " + JdkHttpTransport.MAX_HEADER_BYTES
                    + " bytes in all.", null), requestId, Map.of("Connection", "close"));
        }
        try {
            ApiKeys.KeyGrant grant = authenticate(call);
            ApiVersions.accept(call.header("Stripe-Version"));
            Route route = Route.of(call.method(), call.path());
            if (route instanceof Route.Unknown) {
                return Replies.error(HttpErrors.unknownPath(call.method(), call.path()), requestId);
            }
            if (route instanceof Route.WrongMethod wrong) {
                return Replies.error(HttpErrors.wrongMethod(call.method(), call.path(), wrong.allowed()), requestId,
                        Map.of("Allow", String.join(", ", wrong.allowed())));
            }
            if (call.bodyTooLarge()) {
                return Replies.error(HttpErrors.tooLarge(maxBodyBytes), requestId);
            }
            ObjectNode params = params(call);
            String key = idempotencyKey(call);
            if (grant.publishable() && !clientSecretCall(route, params)) {
                return Replies.error(HttpErrors.publishableKey(), requestId);
            }
            Call c = new Call(grant.account(), params, key, requestId);
            if (route instanceof Route.Engine e) {
                return engineRoutes.engine(e, c);
            } else if (route instanceof Route.ChargeById byId) {
                return engineRoutes.charge(byId.chargeId(), c);
            } else if (route instanceof Route.ChargeList) {
                return engineRoutes.charges(c);
            } else if (route instanceof Route.Webhooks w) {
                if (webhookRoutes == null) {
                    return Replies.error(HttpErrors.of(404, null, "This server delivers no webhooks: start it with "
                            + "a webhook dispatcher to use /v1/webhook_endpoints.", null), requestId);
                }
                WebhookRoutes routes = webhookRoutes;
                return call.method().equals("POST")
                        ? keyedReplies.run(c.account(), key, call.method() + " " + call.path() + " "
                                + KeyedReplies.canonical(params), requestId, () -> routes.handle(w, c))
                        : routes.handle(w, c);
            } else if (route instanceof Route.Clock clock) {
                return clockRoutes.handle(clock.advance(), c);
            }
            throw new IllegalStateException("unrouted " + route);
        } catch (PaymentEngineException e) {
            return Replies.error(e.details(), requestId);
        } catch (FormCodec.MalformedFormException e) {
            return Replies.error(HttpErrors.malformed(e.getMessage()), requestId);
        } catch (Rejected r) {
            return Replies.error(r.details, requestId);
        }
    }

    private static boolean headersTooLarge(HttpCall call) {
        int count = 0;
        long bytes = 0;
        for (Map.Entry<String, java.util.List<String>> e : call.headers().entrySet()) {
            for (String v : e.getValue()) {
                count++;
                bytes += e.getKey().length() + v.length() + 4;
            }
        }
        return count > JdkHttpTransport.MAX_HEADERS || bytes > JdkHttpTransport.MAX_HEADER_BYTES;
    }

    /** Bearer, or Basic with the key as the user name (curl -u sk_test_...:), as Stripe accepts. */
    private ApiKeys.KeyGrant authenticate(HttpCall call) {
        String header = call.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new Rejected(HttpErrors.noKey());
        }
        String value = header.strip();
        String key;
        int space = value.indexOf(' ');
        String scheme = space < 0 ? "" : value.substring(0, space).toLowerCase(Locale.ROOT);
        String credentials = space < 0 ? value : value.substring(space + 1).strip();
        if (scheme.equals("bearer")) {
            key = credentials;
        } else if (scheme.equals("basic")) {
            try {
                String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                key = colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                throw new Rejected(HttpErrors.of(401, null, "Invalid API Key provided: the Basic credentials are not "
                        + "valid base64.", null));
            }
        } else {
            throw new Rejected(HttpErrors.of(401, null, "Invalid Authorization header: use 'Authorization: Bearer "
                    + "YOUR_SECRET_KEY'.", null));
        }
        if (key.isEmpty()) {
            throw new Rejected(HttpErrors.noKey());
        }
        return keys.resolve(key).orElseThrow(() -> new Rejected(HttpErrors.invalidKey(ApiKeys.mask(key))));
    }

    /** Query parameters, and for POST and DELETE the form body as well; a name given in both is refused. */
    private static ObjectNode params(HttpCall call) {
        ObjectNode params = FormCodec.decode(call.rawQuery());
        if (call.body().length == 0 || call.method().equals("GET")) {
            return params;
        }
        String type = call.header("Content-Type");
        String base = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!base.equals("application/x-www-form-urlencoded")) {
            throw new Rejected(HttpErrors.contentType(type == null ? "no Content-Type" : type));
        }
        String form;
        try {
            form = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(call.body())).toString();
        } catch (CharacterCodingException e) {
            throw new Rejected(HttpErrors.malformed("the body is not valid UTF-8."));
        }
        ObjectNode body = FormCodec.decode(form.strip());
        body.properties().forEach(e -> {
            if (params.has(e.getKey())) {
                throw new Rejected(HttpErrors.malformed("parameter " + HttpErrors.brief(e.getKey())
                        + " is given in both the query and the body."));
            }
            params.set(e.getKey(), e.getValue());
        });
        return params;
    }

    /** Stripe takes keys on POST only: GET and DELETE are idempotent by definition, and their keys are ignored. */
    private static @Nullable String idempotencyKey(HttpCall call) {
        if (!call.method().equals("POST")) {
            return null;
        }
        String key = call.header("Idempotency-Key");
        if (key != null && key.length() > MAX_IDEMPOTENCY_KEY) {
            throw new Rejected(HttpErrors.of(400, null, "Keys for idempotent requests can only be 255 characters long "
                    + "and you provided " + key.length() + " characters.", null));
        }
        return key;
    }

    /** The only calls a publishable key may make: an intent's retrieve and confirm with its client secret. */
    private static boolean clientSecretCall(Route route, ObjectNode params) {
        return route instanceof Route.Engine e
                && (e.operation() == io.paystate.engine.Operation.RETRIEVE
                        || e.operation() == io.paystate.engine.Operation.CONFIRM
                        || e.operation() == io.paystate.engine.Operation.RETRIEVE_SETUP_INTENT
                        || e.operation() == io.paystate.engine.Operation.CONFIRM_SETUP_INTENT)
                && params.hasNonNull("client_secret");
    }

    /**
     * What every route needs from the request.
     *
     * @param account the key's account
     * @param params the decoded parameters
     * @param idempotencyKey the key, POST only
     * @param requestId this request's id, when the engine assigns none
     */
    record Call(io.paystate.model.AccountId account, ObjectNode params, @Nullable String idempotencyKey,
            String requestId) {
        io.paystate.engine.RequestOptions options() {
            return new io.paystate.engine.RequestOptions(account, idempotencyKey);
        }
    }

    /** A request answered with an error before it reached a route. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ErrorDetails details;

        Rejected(ErrorDetails details) {
            super(details.message(), null, false, false);
            this.details = details;
        }
    }
}
