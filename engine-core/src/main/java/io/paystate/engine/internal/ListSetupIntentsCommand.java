package io.paystate.engine.internal;

import io.paystate.engine.SetupIntentList;
import io.paystate.engine.SetupIntentListParams;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentId;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.SetupIntentPage;
import io.paystate.spi.SetupIntentQuery;
import io.paystate.spi.StoredSetupIntent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Lists an account's SetupIntents, newest first, with the filters ({@code customer},
 * {@code payment_method}, {@code created}) and cursors pushed down to the store. A listed SetupIntent
 * whose settlement fell due is settled first, as on every read.
 */
final class ListSetupIntentsCommand implements Command<SetupIntentList> {
    private static final int DEFAULT_LIMIT = 10;

    private final EngineParts parts;
    private final SetupIntentListParams p;
    private final Call call;

    ListSetupIntentsCommand(EngineParts parts, SetupIntentListParams params, Call call) {
        this.parts = parts;
        this.p = params;
        this.call = call;
    }

    @Override
    public void validate() {
        SetupIntentValidator.list(p);
    }

    @Override
    public SetupIntentList run() {
        SetupIntents intents = parts.setupIntents();
        Integer limit = p.limit();
        String customer = Strings.emptyToNull(p.customer());
        String pm = Strings.emptyToNull(p.paymentMethod());
        SetupIntentQuery query = new SetupIntentQuery(customer == null ? null : CustomerId.of(customer),
                pm == null ? null : PaymentMethodId.of(pm), p.createdGte(), p.createdLte(),
                cursor(p.startingAfter(), "starting_after"), cursor(p.endingBefore(), "ending_before"),
                limit == null ? DEFAULT_LIMIT : limit);
        SetupIntentPage page = intents.store().query(call.account, query);
        List<SetupIntent> data = new ArrayList<>(page.items().size());
        for (StoredSetupIntent s : page.items()) {
            data.add(intents.due(s) ? intents.read(call.account, s.setupIntent().id(), call) : s.setupIntent());
        }
        return new SetupIntentList(data, page.hasMore());
    }

    private @Nullable Position cursor(@Nullable String id, String param) {
        if (id == null) {
            return null;
        }
        Optional<StoredSetupIntent> found;
        try {
            found = parts.setupIntents().store().find(call.account, SetupIntentId.of(id));
        } catch (IllegalArgumentException notAnId) {
            // not shaped like a SetupIntent id: no SetupIntent has it
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            throw Errors.invalid(ErrorCode.RESOURCE_MISSING, param, "No such setupintent: '" + id + "'");
        }
        return SetupIntentQuery.positionOf(found.get());
    }
}
