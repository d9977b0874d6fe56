package io.paystate.engine.internal.query;

import io.paystate.engine.ListParams;
import io.paystate.engine.PaymentIntentList;
import io.paystate.engine.SearchParams;
import io.paystate.engine.SearchResult;
import io.paystate.engine.internal.Errors;
import io.paystate.model.AccountId;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IntentFilter;
import io.paystate.spi.IntentFilter.Comparison;
import io.paystate.spi.IntentFilter.NumericField;
import io.paystate.spi.IntentPage;
import io.paystate.spi.IntentQuery;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoredIntent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * List and search (spec A 14, B 8): turns the public parameters into an {@link IntentQuery} that the
 * store answers from its indexes, and the store's page into Stripe's envelopes. Cursors are
 * positions in the newest-first order, so pages stay stable while intents are created.
 */
public final class QueryService {
    static final int DEFAULT_LIMIT = 10;
    private static final int COUNT_PAGE = 100;

    private final PaymentIntentStore store;

    /** Creates the service over a store. */
    public QueryService(PaymentIntentStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Lists an account's intents. */
    public PaymentIntentList list(AccountId account, ListParams params) {
        int limit = limit(params.limit());
        if (params.startingAfter() != null && params.endingBefore() != null) {
            throw Errors.invalid(ErrorCode.PARAMETERS_EXCLUSIVE, "ending_before",
                    "You may only specify one of these parameters: starting_after, ending_before.");
        }
        List<IntentFilter> parts = new ArrayList<>();
        if (params.customer() != null) {
            parts.add(new IntentFilter.TokenEquals(IntentFilter.TokenField.CUSTOMER, params.customer()));
        }
        ListParams.CreatedRange created = params.created();
        if (created != null) {
            addCreated(parts, Comparison.EQ, created.eq());
            addCreated(parts, Comparison.GT, created.gt());
            addCreated(parts, Comparison.GTE, created.gte());
            addCreated(parts, Comparison.LT, created.lt());
            addCreated(parts, Comparison.LTE, created.lte());
        }
        IntentFilter filter = parts.isEmpty() ? IntentFilter.all()
                : parts.size() == 1 ? parts.get(0) : new IntentFilter.And(parts);
        Position after = cursor(account, params.startingAfter(), "starting_after");
        Position before = cursor(account, params.endingBefore(), "ending_before");
        IntentPage page = store.query(account, new IntentQuery(filter, after, before, limit));
        return new PaymentIntentList(page.items().stream().map(StoredIntent::intent).toList(), page.hasMore());
    }

    /** Searches an account's intents. */
    public SearchResult search(AccountId account, SearchParams params) {
        int limit = limit(params.limit());
        IntentFilter filter = SearchQueryParser.parse(params.query());
        String digest = digest(params.query());
        Position after = params.page() == null ? null : decodePage(params.page(), digest);
        IntentPage page = store.query(account, new IntentQuery(filter, after, null, limit));
        String next = null;
        if (page.hasMore() && !page.items().isEmpty()) {
            next = encodePage(Position.of(page.items().get(page.items().size() - 1)), digest);
        }
        Long total = params.totalCount() ? count(account, filter) : null;
        return new SearchResult(page.items().stream().map(StoredIntent::intent).toList(), page.hasMore(), next,
                total);
    }

    /**
     * Counts the matches page by page through the store's own query, so that every store counts the
     * same way; bounded by Stripe's limit of accuracy (at most a hundred pages).
     */
    private long count(AccountId account, IntentFilter filter) {
        long counted = 0;
        Position after = null;
        while (counted < SearchResult.TOTAL_COUNT_LIMIT) {
            IntentPage page = store.query(account, new IntentQuery(filter, after, null, COUNT_PAGE));
            counted += page.items().size();
            if (!page.hasMore() || page.items().isEmpty()) {
                break;
            }
            after = Position.of(page.items().get(page.items().size() - 1));
        }
        return Math.min(counted, SearchResult.TOTAL_COUNT_LIMIT);
    }

    private static void addCreated(List<IntentFilter> parts, Comparison comparison, @Nullable Long value) {
        if (value != null) {
            parts.add(new IntentFilter.NumericCompare(NumericField.CREATED, comparison, value));
        }
    }

    static int limit(@Nullable Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > 100) {
            throw Errors.invalid(null, "limit", "Invalid limit: must be between 1 and 100, got " + limit + ".");
        }
        return limit;
    }

    private @Nullable Position cursor(AccountId account, @Nullable String id, String param) {
        if (id == null) {
            return null;
        }
        StoredIntent stored;
        try {
            stored = store.find(account, PaymentIntentId.of(id)).orElse(null);
        } catch (IllegalArgumentException malformed) {
            stored = null;
        }
        if (stored == null) {
            throw Errors.invalid(ErrorCode.RESOURCE_MISSING, param, "No such payment_intent: '" + id + "'");
        }
        return Position.of(stored);
    }

    // The page token names a position and the query it belongs to; it is opaque to callers.
    static String encodePage(Position position, String digest) {
        String raw = "v1:" + position.createdEpochSecond() + ":" + position.ordinal() + ":" + digest;
        return "page_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Position decodePage(String token, String digest) {
        try {
            if (!token.startsWith("page_")) {
                throw new IllegalArgumentException("prefix");
            }
            String raw = new String(Base64.getUrlDecoder().decode(token.substring(5)), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", -1);
            if (parts.length != 4 || !parts[0].equals("v1")) {
                throw new IllegalArgumentException("shape");
            }
            if (!parts[3].equals(digest)) {
                throw Errors.invalid(null, "page", "This page token belongs to another query.");
            }
            return new Position(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw Errors.invalid(null, "page", "Invalid page token: '" + token + "'.");
        }
    }

    static String digest(String query) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
