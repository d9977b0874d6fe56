package io.paystate.spi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What identifies a request for the idempotency check: the operation, the intent it acts on and a
 * canonical form of its parameters. Two requests with equal fingerprints do the same thing.
 *
 * @param operation the operation, e.g. {@code confirm}
 * @param intentId the intent's id, or null for create
 * @param parameters a canonical, deterministic encoding of the parameters
 */
public record RequestFingerprint(String operation, @Nullable String intentId, String parameters) {
    /**
     * Throws {@link NullPointerException} if operation or parameters is null.
     *
     * @param operation the operation, e.g. {@code confirm}
     * @param intentId the intent's id, or null for create
     * @param parameters a canonical, deterministic encoding of the parameters
     */
    public RequestFingerprint {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * Returns whether the other request targets the same operation and intent ("endpoint").
     *
     * @param other the other value
     * @return whether the other request targets the same operation and intent ("endpoint")
     */
    public boolean sameEndpoint(RequestFingerprint other) {
        return operation.equals(other.operation) && Objects.equals(intentId, other.intentId);
    }

    @Override
    public String toString() {
        // parameters may hold payment-method data: never print them
        return "RequestFingerprint[" + operation + (intentId == null ? "" : " " + intentId) + "]";
    }
}
