package io.paystate.engine.internal;

import io.paystate.engine.LineItemParams;
import io.paystate.model.LineItem;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.IdKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Line items of {@code amount_details}, each with a fresh id, from validated parameters. */
final class LineItems {
    private LineItems() {}

    static List<LineItem> from(@Nullable List<LineItemParams> items, IdGenerator ids) {
        if (items == null) {
            return List.of();
        }
        List<LineItem> result = new ArrayList<>(items.size());
        for (LineItemParams item : items) {
            result.add(new LineItem(ids.next(IdKind.LINE_ITEM), Objects.requireNonNull(item.productName()),
                    Objects.requireNonNull(item.unitCost()), Objects.requireNonNull(item.quantity()),
                    Strings.emptyToNull(item.productCode()), item.discountAmount() == null ? 0 : item.discountAmount(),
                    item.taxAmount() == null ? 0 : item.taxAmount()));
        }
        return List.copyOf(result);
    }
}
