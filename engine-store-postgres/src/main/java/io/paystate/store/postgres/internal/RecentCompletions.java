package io.paystate.store.postgres.internal;

import io.paystate.spi.IdempotencyCompletion;
import io.paystate.spi.StoredResponse;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The idempotency completions that commits of this node wrote in their own transaction. The engine
 * completes the key through the idempotency store right after the commit as well; when that
 * completion is the very one already written, the idempotency store skips the round trip.
 *
 * <p>Only a saving: an entry missing (evicted, another node) just means the completion is written
 * again, which changes nothing.
 */
public final class RecentCompletions {
    /** Bounded: entries are taken at once by the engine's own completion; the bound only caps leaks. */
    private static final int MAX_ENTRIES = 10_000;

    private record Key(String account, String key) {}

    private final ConcurrentHashMap<Key, StoredResponse> written = new ConcurrentHashMap<>();

    /** Creates an empty set. */
    public RecentCompletions() {}

    void remember(IdempotencyCompletion completion) {
        if (written.size() >= MAX_ENTRIES) {
            written.clear();
        }
        written.put(new Key(completion.account().value(), completion.key()), completion.response());
    }

    /** Returns true (and forgets it) if exactly this response was written for the key by a commit. */
    boolean takeIfWritten(String account, String key, StoredResponse response) {
        return written.remove(new Key(account, key), response);
    }

    /** Forgets the key: a release or a new claim must reach the database. */
    void forget(String account, String key) {
        written.remove(new Key(account, key));
    }
}
