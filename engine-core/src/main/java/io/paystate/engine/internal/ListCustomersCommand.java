package io.paystate.engine.internal;

import io.paystate.engine.CustomerList;
import io.paystate.engine.CustomerListParams;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.spi.CustomerPage;
import io.paystate.spi.CustomerQuery;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.StoredCustomer;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Lists an account's live customers, newest first, with cursors and an email filter pushed down to the store. */
final class ListCustomersCommand implements Command<CustomerList> {
    private static final int DEFAULT_LIMIT = 10;

    private final EngineParts parts;
    private final CustomerListParams p;
    private final Call call;

    ListCustomersCommand(EngineParts parts, CustomerListParams params, Call call) {
        this.parts = parts;
        this.p = params;
        this.call = call;
    }

    @Override
    public void validate() {
        CustomerValidator.validate(p);
    }

    @Override
    public CustomerList run() {
        Integer limit = p.limit();
        CustomerQuery query = new CustomerQuery(Strings.emptyToNull(p.email()), cursor(p.startingAfter(), "starting_after"),
                cursor(p.endingBefore(), "ending_before"), limit == null ? DEFAULT_LIMIT : limit);
        CustomerPage page = parts.customers().store().query(call.account, query);
        return new CustomerList(page.items().stream().map(StoredCustomer::customer).toList(), page.hasMore());
    }

    private @Nullable Position cursor(@Nullable String id, String param) {
        if (id == null) {
            return null;
        }
        Optional<StoredCustomer> found;
        try {
            found = parts.customers().store().find(call.account, CustomerId.of(id));
        } catch (IllegalArgumentException notAnId) {
            // empty, blank or too long: no customer has such an id
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            throw Errors.invalid(ErrorCode.RESOURCE_MISSING, param, "No such customer: '" + id + "'");
        }
        return CustomerQuery.positionOf(found.get());
    }
}
