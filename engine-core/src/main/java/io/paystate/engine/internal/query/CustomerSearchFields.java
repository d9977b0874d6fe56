package io.paystate.engine.internal.query;

import io.paystate.spi.CustomerFilter;
import io.paystate.spi.CustomerFilter.TextField;
import io.paystate.spi.IntentFilter.Comparison;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The customer fields of search (Stripe's query fields for customers): {@code created} numeric;
 * {@code email}, {@code name} and {@code phone} strings, with {@code :} (exact, case-insensitive) and
 * {@code ~} (substring of at least three characters); {@code metadata["key"]} a token.
 */
final class CustomerSearchFields implements SearchFields<CustomerFilter> {
    static final CustomerSearchFields INSTANCE = new CustomerSearchFields();
    private static final CustomerFilter NOTHING = new CustomerFilter.Or(List.of());

    private CustomerSearchFields() {}

    @Override
    public CustomerFilter and(List<CustomerFilter> parts) {
        return new CustomerFilter.And(parts);
    }

    @Override
    public CustomerFilter or(List<CustomerFilter> parts) {
        return new CustomerFilter.Or(parts);
    }

    @Override
    public CustomerFilter not(CustomerFilter inner) {
        return new CustomerFilter.Not(inner);
    }

    @Override
    public CustomerFilter metadata(String key, @Nullable String value) {
        return new CustomerFilter.MetadataEquals(key, value);
    }

    @Override
    public CustomerFilter clause(SearchQueryParser<CustomerFilter> p, String field, int fieldStart) {
        switch (field) {
            case "created" -> {
                Comparison comparison = p.operator(field, "created is a numeric field");
                if (comparison == Comparison.EQ && p.takeWord("null")) {
                    // every customer has a creation time: "is null" matches nothing
                    return NOTHING;
                }
                return new CustomerFilter.CreatedCompare(comparison, p.number(field));
            }
            case "email", "name", "phone" -> {
                boolean exact = p.textOperator(field);
                @Nullable String value = exact ? p.tokenValue(field) : p.substring(field);
                TextField text = switch (field) {
                    case "email" -> TextField.EMAIL;
                    case "name" -> TextField.NAME;
                    default -> TextField.PHONE;
                };
                return exact ? new CustomerFilter.TextEquals(text, value)
                        : new CustomerFilter.TextContains(text, java.util.Objects.requireNonNull(value));
            }
            default -> throw p.unknownField(field, fieldStart, "customers can be searched by created, email, "
                    + "metadata[\"key\"], name and phone");
        }
    }
}
