package io.paystate.store.postgres.internal;

/** The condition of a read or an update of one object by id, in its account. */
final class ById {
    /**
     * {@code WHERE} the id on the primary key, the account checked on the row found; parameters id, account.
     *
     * <p>Every secondary index starts with the account. Written as {@code account = ?}, the account is an
     * index condition too, and on a table without statistics (new, or not yet analyzed) the planner takes an
     * account index for as cheap as the primary key. A pool's prepared statement keeps that generic plan until
     * the table is next analyzed, and the plan then reads every row of the account on each command. Compared
     * as an expression, the account matches no index: the primary key is the only plan, the row the same.
     */
    static final String WHERE = " WHERE id = ? AND account || '' = ?";

    private ById() {}
}
