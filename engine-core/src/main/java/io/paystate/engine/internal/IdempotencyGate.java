package io.paystate.engine.internal;

import io.paystate.engine.ErrorDetails;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.Response;
import io.paystate.model.AccountId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.IdempotencyRecord;
import io.paystate.spi.IdempotencyStore;
import io.paystate.spi.RequestFingerprint;
import io.paystate.spi.StoredResponse;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's idempotency contract around a request (spec A 12, B 6): the key is checked first, then
 * the parameters are validated (a validation failure is not remembered), then the request runs and
 * its full outcome is remembered, success or error, except the answers that Stripe gives before
 * execution starts: 404 for an unknown intent, 409 and 429.
 *
 * <p>Thread safety: safe for concurrent use; the store makes the claim atomic.
 */
public final class IdempotencyGate {
    static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final InstantSource clock;

    /** Creates a gate over this store and clock. */
    public IdempotencyGate(IdempotencyStore store, InstantSource clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether a request runs under its idempotency key: a mutating request that gave one. */
    static boolean applies(RequestOptions options, Request<?> request) {
        return options.idempotencyKey() != null && request.mutating();
    }

    /**
     * Runs a request under its idempotency key.
     *
     * <p>Once the command has committed, its key is completed with that answer whatever happens
     * afterwards; when it failed after reaching the processor, with its error; a key is released
     * only when nothing was committed and the processor was not reached, and the answer is one that
     * Stripe does not remember (a validation failure, 404, 409, 429).
     *
     * @param validate checks the parameters; throws for invalid ones
     * @param run executes the request
     * @param call what the execution committed and whether it reached the processor
     */
    @SuppressWarnings("unchecked")
    <T> Response<T> call(RequestOptions options, Request<T> request, Runnable validate, Supplier<Response<T>> run,
            Call call) {
        String key = options.idempotencyKey();
        if (key == null || !applies(options, request)) {
            validate.run();
            return run.get();
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw invalid(null, "Idempotent key length is " + key.length() + ", which is outside accepted lengths. "
                    + "Idempotent Keys must be 1-255 characters long. If you're looking for a decent generator, try "
                    + "using a UUID defined by IETF RFC 4122.", 400);
        }
        AccountId account = options.account();
        RequestFingerprint fingerprint = Fingerprints.of(request);
        Optional<IdempotencyRecord> known =
                store.claim(account, key, fingerprint, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (known.isPresent()) {
            return (Response<T>) replay(known.get(), fingerprint, key);
        }
        try {
            validate.run();
        } catch (RuntimeException e) {
            store.release(account, key);
            throw e;
        }
        Response<T> response;
        try {
            response = run.get();
        } catch (PaymentEngineException e) {
            if (remembered(e) || call.hasCommitted() || call.processorReached()) {
                store.complete(account, key, stored(e.details()));
            } else {
                store.release(account, key);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            completeAfterFailure(account, key, call);
            throw e;
        }
        StoredResponse remembered;
        try {
            remembered = StoredResponse.of(response.body(), response.requestId());
        } catch (IllegalArgumentException notRemembered) {
            store.release(account, key);
            throw new IllegalStateException("a mutating request returned " + response.body().getClass(),
                    notRemembered);
        }
        // for intents the commit already stored this answer with the state; for the other objects
        // it is stored here, once their own commit landed
        store.complete(account, key, remembered);
        return response;
    }

    /** A failure outside the engine's errors (an {@code Error} after the commit, say). */
    private void completeAfterFailure(AccountId account, String key, Call call) {
        PaymentIntent committed = call.committedIntent();
        PaymentEngineException raised = call.committedError();
        if (committed != null) {
            store.complete(account, key, new StoredResponse(200, committed, null, call.requestId));
        } else if (raised != null) {
            store.complete(account, key, stored(raised.details()));
        } else if (call.processorReached()) {
            store.complete(account, key, stored(Errors.failure("The engine failed to process the request.", null)
                    .details()));
        } else {
            store.release(account, key);
        }
    }

    private static boolean remembered(PaymentEngineException e) {
        int status = e.httpStatus();
        return status != 404 && status != 409 && status != 429;
    }

    private static Response<?> replay(IdempotencyRecord record, RequestFingerprint fingerprint, String key) {
        RequestFingerprint first = record.fingerprint();
        if (!first.sameEndpoint(fingerprint)) {
            throw idempotencyError("Keys for idempotent requests can only be used for the same endpoint they were "
                    + "first used for ('" + endpoint(first) + "' vs '" + endpoint(fingerprint) + "'). Try using a key "
                    + "other than '" + key + "' if you meant to execute a different request.");
        }
        if (!first.parameters().equals(fingerprint.parameters())) {
            throw idempotencyError("Keys for idempotent requests can only be used with the same parameters they "
                    + "were first used with. Try using a key other than '" + key + "' if you meant to execute a "
                    + "different request.");
        }
        StoredResponse response = record.response();
        if (response == null) {
            throw invalid(ErrorCode.IDEMPOTENCY_KEY_IN_USE, "There is currently another in-progress request using "
                    + "this Idempotent Key (that probably means you submitted twice, and the other request is still "
                    + "going through): " + key + ". Please try again later.", 409);
        }
        Object returned = response.returned();
        if (returned != null) {
            return new Response<>(returned, true, response.requestId());
        }
        StoredResponse.Error e = Objects.requireNonNull(response.error());
        throw PaymentEngineException.of(new ErrorDetails(response.httpStatus(), e.type(), e.code(), e.message(),
                e.param(), e.declineCode(), e.paymentIntent(), e.charge(), response.requestId(), true,
                e.setupIntent()));
    }

    private static String endpoint(RequestFingerprint f) {
        return f.intentId() == null ? f.operation() : f.operation() + " " + f.intentId();
    }

    /** The remembered form of an error answer. */
    static StoredResponse stored(ErrorDetails d) {
        return new StoredResponse(d.httpStatus(), null, new StoredResponse.Error(d.type(), d.code(), d.message(),
                d.param(), d.declineCode(), d.paymentIntent(), d.charge(), d.setupIntent()), d.requestId());
    }

    private static PaymentEngineException idempotencyError(String message) {
        return PaymentEngineException.of(new ErrorDetails(400, ErrorType.IDEMPOTENCY_ERROR, null, message, null, null,
                null, null, null, false));
    }

    private static PaymentEngineException invalid(@Nullable ErrorCode code, String message, int status) {
        return PaymentEngineException.of(new ErrorDetails(status, ErrorType.INVALID_REQUEST_ERROR, code, message,
                null, null, null, null, null, false));
    }
}
