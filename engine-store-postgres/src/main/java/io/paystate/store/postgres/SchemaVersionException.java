package io.paystate.store.postgres;

/**
 * Thrown when the database schema is not the one this version of the stores works with: newer (a
 * later release migrated it: upgrade this node, never run old code against a newer schema), or
 * older or missing (call {@link PostgresStores#migrate()}).
 */
public final class SchemaVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The version found in the database, 0 for a schema that was never migrated. */
    private final int found;
    /** The version this release knows. */
    private final int supported;

    /**
     * Creates the exception.
     *
     * @param schema the schema name
     * @param found the version found in the database, 0 for none
     * @param supported the latest version this release knows
     */
    public SchemaVersionException(String schema, int found, int supported) {
        super(message(schema, found, supported));
        this.found = found;
        this.supported = supported;
    }

    private static String message(String schema, int found, int supported) {
        if (found > supported) {
            return "schema " + schema + " is at version " + found + ", newer than " + supported
                    + ", the latest this release of the PostgreSQL stores knows: upgrade it before running against this database";
        }
        return "schema " + schema + " is at version " + found + ", this release needs " + supported
                + ": call PostgresStores.migrate()";
    }

    /**
     * Returns the version found in the database; 0 for a schema that was never migrated.
     *
     * @return the version found
     */
    public int found() {
        return found;
    }

    /**
     * Returns the latest version this release knows.
     *
     * @return the supported version
     */
    public int supported() {
        return supported;
    }
}
