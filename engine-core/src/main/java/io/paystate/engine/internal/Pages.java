package io.paystate.engine.internal;

import io.paystate.engine.LineItemList;
import io.paystate.model.ErrorCode;
import io.paystate.model.LineItem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Cursor pagination of small lists kept on an intent, in their stored order. */
final class Pages {
    private Pages() {}

    static LineItemList lineItems(List<LineItem> items, @Nullable Integer limit, @Nullable String startingAfter,
            @Nullable String endingBefore) {
        int size = limit == null ? 10 : limit;
        if (size < 1 || size > 100) {
            throw Errors.invalid(null, "limit", "Invalid limit: must be between 1 and 100, got " + size + ".");
        }
        if (startingAfter != null && endingBefore != null) {
            throw Errors.invalid(ErrorCode.PARAMETERS_EXCLUSIVE, "ending_before",
                    "You may only specify one of these parameters: starting_after, ending_before.");
        }
        if (endingBefore != null) {
            int end = indexOf(items, endingBefore, "ending_before");
            int from = Math.max(0, end - size);
            return new LineItemList(items.subList(from, end), from > 0);
        }
        int from = startingAfter == null ? 0 : indexOf(items, startingAfter, "starting_after") + 1;
        int to = Math.min(items.size(), from + size);
        return new LineItemList(items.subList(from, to), to < items.size());
    }

    private static int indexOf(List<LineItem> items, String id, String param) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        throw Errors.invalid(ErrorCode.RESOURCE_MISSING, param, "No such line item: '" + id + "'");
    }
}
