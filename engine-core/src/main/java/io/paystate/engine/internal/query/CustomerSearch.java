package io.paystate.engine.internal.query;

import io.paystate.engine.CustomerSearchResult;
import io.paystate.engine.SearchParams;
import io.paystate.engine.SearchResult;
import io.paystate.model.AccountId;
import io.paystate.spi.CustomerFilter;
import io.paystate.spi.CustomerPage;
import io.paystate.spi.CustomerQuery;
import io.paystate.spi.CustomerStore;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.StoredCustomer;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Customer search ({@code GET /v1/customers/search}): the query parsed with the intents' grammar into
 * a {@link CustomerFilter} that the store answers, with the intents' paging. Page tokens name the
 * object searched too, so an intent search's token is refused here.
 */
public final class CustomerSearch {
    private static final int COUNT_PAGE = 100;

    private final CustomerStore store;

    /** Creates the search over a store. */
    public CustomerSearch(CustomerStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The parsed parts of a search, checked before it runs. */
    public record Parsed(CustomerFilter filter, int limit, @Nullable Position after, String digest) {}

    /** Checks the parameters: the query, the limit and the page token. */
    public static Parsed parse(SearchParams params) {
        int limit = QueryService.limit(params.limit());
        CustomerFilter filter = SearchQueryParser.parseCustomers(params.query());
        String digest = QueryService.digest("customers\n" + params.query());
        Position after = params.page() == null ? null : QueryService.decodePage(params.page(), digest);
        return new Parsed(filter, limit, after, digest);
    }

    /** Searches an account's live customers, newest first. */
    public CustomerSearchResult search(AccountId account, SearchParams params, Parsed parsed) {
        CustomerPage page = store.query(account, CustomerQuery.search(parsed.filter(), parsed.after(),
                parsed.limit()));
        List<StoredCustomer> items = page.items();
        String next = page.hasMore() && !items.isEmpty()
                ? QueryService.encodePage(CustomerQuery.positionOf(items.get(items.size() - 1)), parsed.digest())
                : null;
        Long total = params.totalCount() ? count(account, parsed.filter()) : null;
        return new CustomerSearchResult(items.stream().map(StoredCustomer::customer).toList(), page.hasMore(), next,
                total);
    }

    /** Counts the matches through the store's own query, as intent search does, up to Stripe's limit. */
    private long count(AccountId account, CustomerFilter filter) {
        long counted = 0;
        Position after = null;
        while (counted < SearchResult.TOTAL_COUNT_LIMIT) {
            CustomerPage page = store.query(account, CustomerQuery.search(filter, after, COUNT_PAGE));
            counted += page.items().size();
            if (!page.hasMore() || page.items().isEmpty()) {
                break;
            }
            after = CustomerQuery.positionOf(page.items().get(page.items().size() - 1));
        }
        return Math.min(counted, SearchResult.TOTAL_COUNT_LIMIT);
    }
}
