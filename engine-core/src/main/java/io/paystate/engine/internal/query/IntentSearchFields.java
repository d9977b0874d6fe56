package io.paystate.engine.internal.query;

import io.paystate.spi.IntentFilter;
import io.paystate.spi.IntentFilter.Comparison;
import io.paystate.spi.IntentFilter.NumericField;
import io.paystate.spi.IntentFilter.TokenField;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The PaymentIntent fields of search (spec B 8.2): amount and created numeric, the rest tokens. */
final class IntentSearchFields implements SearchFields<IntentFilter> {
    static final IntentSearchFields INSTANCE = new IntentSearchFields();

    private IntentSearchFields() {}

    @Override
    public IntentFilter and(List<IntentFilter> parts) {
        return new IntentFilter.And(parts);
    }

    @Override
    public IntentFilter or(List<IntentFilter> parts) {
        return new IntentFilter.Or(parts);
    }

    @Override
    public IntentFilter not(IntentFilter inner) {
        return new IntentFilter.Not(inner);
    }

    @Override
    public IntentFilter metadata(String key, @Nullable String value) {
        return new IntentFilter.MetadataEquals(key, value);
    }

    @Override
    public IntentFilter clause(SearchQueryParser<IntentFilter> p, String field, int fieldStart) {
        if (field.equals("amount") || field.equals("created")) {
            Comparison comparison = p.operator(field, "no PaymentIntent field is a string field");
            NumericField numeric = field.equals("amount") ? NumericField.AMOUNT : NumericField.CREATED;
            if (comparison == Comparison.EQ && p.takeWord("null")) {
                // amount and created are always present: "is null" matches nothing
                return new IntentFilter.Or(List.of());
            }
            return new IntentFilter.NumericCompare(numeric, comparison, p.number(field));
        } else if (field.equals("currency") || field.equals("customer") || field.equals("status")) {
            p.operatorColon(field);
            TokenField token = TokenField.valueOf(field.toUpperCase(Locale.ROOT));
            return new IntentFilter.TokenEquals(token, p.tokenValue(field));
        }
        throw p.unknownField(field, fieldStart, "PaymentIntents can be searched by amount, created, currency, "
                + "customer, metadata[\"key\"] and status");
    }
}
