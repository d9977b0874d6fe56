package io.paystate.store.postgres;

import org.jspecify.annotations.Nullable;

/**
 * An infrastructure failure of the PostgreSQL stores: the database could not be reached, a
 * statement failed or timed out, a stored row could not be read. Nothing is known to have been
 * written, except after a failed {@code commit}, whose outcome the engine learns by reading the
 * intent back.
 */
public final class PostgresStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The SQLSTATE of the failure, if the database gave one. */
    private final @Nullable String sqlState;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param sqlState the SQLSTATE the database reported, or null
     * @param cause the underlying failure
     */
    public PostgresStoreException(String message, @Nullable String sqlState, @Nullable Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /**
     * Returns the SQLSTATE the database reported (for example {@code 57014} for a statement timeout,
     * {@code 08006} for a broken connection), or null when the failure did not come from the database.
     *
     * @return the SQLSTATE, or null
     */
    public @Nullable String sqlState() {
        return sqlState;
    }
}
