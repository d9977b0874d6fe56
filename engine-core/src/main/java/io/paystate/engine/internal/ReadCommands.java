package io.paystate.engine.internal;

import io.paystate.engine.ChargeList;
import io.paystate.engine.ErrorDetails;
import io.paystate.engine.LineItemList;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.PaymentIntentList;
import io.paystate.engine.Request;
import io.paystate.engine.SearchResult;
import io.paystate.model.Charge;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The read-only requests besides retrieve: list, search, and an intent's line items and charges. */
final class ReadCommands {
    private ReadCommands() {}

    static Command<PaymentIntentList> list(EngineParts parts, Request.List r, Call call) {
        return () -> {
            // no caller may see an overdue hold: apply the due expiries before reading (never waiting on
            // the processor or on a busy intent)
            parts.due().applyDueExpiries();
            return parts.queries().list(call.account, r.params());
        };
    }

    static Command<SearchResult> search(EngineParts parts, Request.Search r, Call call) {
        return () -> {
            parts.due().applyDueExpiries();
            return parts.queries().search(call.account, r.params());
        };
    }

    static Command<io.paystate.engine.CustomerSearchResult> searchCustomers(EngineParts parts,
            io.paystate.engine.CustomerRequest.Search r, Call call) {
        return new Command<>() {
            private io.paystate.engine.internal.query.CustomerSearch.@Nullable Parsed parsed;

            @Override
            public void validate() {
                parsed = io.paystate.engine.internal.query.CustomerSearch.parse(r.params());
            }

            @Override
            public io.paystate.engine.CustomerSearchResult run() {
                io.paystate.engine.internal.query.CustomerSearch.Parsed checked = parsed != null ? parsed
                        : io.paystate.engine.internal.query.CustomerSearch.parse(r.params());
                return new io.paystate.engine.internal.query.CustomerSearch(parts.customers().store())
                        .search(call.account, r.params(), checked);
            }
        };
    }

    static Command<LineItemList> lineItems(EngineParts parts, Request.ListLineItems r, Call call) {
        return () -> Pages.lineItems(parts.unitOfWork().read(r.id(), call).intent().lineItems(), r.limit(),
                r.startingAfter(), r.endingBefore());
    }

    static Command<ChargeList> charges(EngineParts parts, Request.ListCharges r, Call call) {
        return () -> {
            List<Charge> charges = new ArrayList<>(parts.unitOfWork().read(r.id(), call).charges());
            Collections.reverse(charges);
            return new ChargeList(charges, false);
        };
    }

    static Command<Charge> charge(EngineParts parts, Request.RetrieveCharge r, Call call) {
        return () -> parts.unitOfWork().read(r.id(), call).charges().stream()
                .filter(c -> c.id().equals(r.chargeId())).findFirst()
                .orElseThrow(() -> PaymentEngineException.of(new ErrorDetails(404, ErrorType.INVALID_REQUEST_ERROR,
                        ErrorCode.RESOURCE_MISSING, "No such charge: '" + r.chargeId() + "'", "charge", null, null,
                        null, null, false)));
    }
}
