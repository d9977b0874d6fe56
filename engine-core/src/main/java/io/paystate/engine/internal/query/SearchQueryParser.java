package io.paystate.engine.internal.query;

import io.paystate.engine.internal.Errors;
import io.paystate.spi.IntentFilter;
import io.paystate.spi.IntentFilter.Comparison;
import io.paystate.spi.IntentFilter.NumericField;
import io.paystate.spi.IntentFilter.TokenField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Parses Stripe's search query language for PaymentIntents (spec B 8.2, A 14) into an
 * {@link IntentFilter}:
 *
 * <pre>
 * query   = clause { connector clause }        (connectors all AND, or all OR; whitespace is AND)
 * clause  = [ "-" ] field operator value
 * field   = "amount" | "created" | "currency" | "customer" | "status" | "metadata[" quoted "]"
 * operator= ":" | ">" | ">=" | "&lt;" | "&lt;="      ("~" is refused: no PaymentIntent field is a string field)
 * value   = quoted | number | "null"           (token fields need quotes; numbers may be quoted)
 * </pre>
 *
 * Every error is a 400 naming {@code query} whose message says at which character it broke and
 * what was expected there.
 */
public final class SearchQueryParser {
    static final int MAX_LENGTH = 5000;

    private final String query;
    private int pos;

    private SearchQueryParser(String query) {
        this.query = query;
    }

    /** Parses a query. */
    public static IntentFilter parse(String query) {
        if (query.length() > MAX_LENGTH) {
            throw error("the query is longer than " + MAX_LENGTH + " characters");
        }
        return new SearchQueryParser(query).query();
    }

    private static RuntimeException error(String message) {
        return Errors.invalid(null, "query", "Invalid search query: " + message + ".");
    }

    private RuntimeException errorHere(String expected) {
        String found = pos >= query.length() ? "the end of the query" : "'" + query.charAt(pos) + "'";
        return error("at character " + (pos + 1) + ", expected " + expected + " but found " + found);
    }

    private IntentFilter query() {
        skipSpaces();
        if (pos >= query.length()) {
            throw error("the query is empty");
        }
        List<IntentFilter> clauses = new ArrayList<>();
        clauses.add(clause());
        String connector = null;
        while (true) {
            int before = pos;
            skipSpaces();
            if (pos >= query.length()) {
                break;
            }
            if (pos == before) {
                throw errorHere("whitespace, AND or OR between clauses");
            }
            String word = keyword();
            String current = word != null ? word : "AND";
            if (word != null) {
                int afterWord = pos;
                skipSpaces();
                if (pos >= query.length()) {
                    throw errorHere("a clause after " + word);
                }
                if (pos == afterWord) {
                    throw errorHere("whitespace after " + word);
                }
            }
            if (connector != null && !connector.equals(current)) {
                throw error("at character " + (before + 1) + ", AND and OR cannot be mixed in one query "
                        + "(whitespace between clauses means AND)");
            }
            connector = current;
            clauses.add(clause());
        }
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        return "OR".equals(connector) ? new IntentFilter.Or(clauses) : new IntentFilter.And(clauses);
    }

    private @Nullable String keyword() {
        for (String word : new String[] {"AND", "OR"}) {
            int end = pos + word.length();
            if (query.regionMatches(true, pos, word, 0, word.length())
                    && (end >= query.length() || Character.isWhitespace(query.charAt(end)))) {
                pos = end;
                return word;
            }
        }
        return null;
    }

    private IntentFilter clause() {
        boolean negated = false;
        if (peek('-')) {
            pos++;
            negated = true;
        }
        int fieldStart = pos;
        String field = identifier();
        IntentFilter filter;
        if (field.equals("metadata")) {
            expect('[');
            String key = quoted("a quoted metadata key");
            expect(']');
            operatorColon("metadata");
            String value = tokenValue("metadata[\"" + key + "\"]");
            filter = new IntentFilter.MetadataEquals(key, value);
        } else if (field.equals("amount") || field.equals("created")) {
            Comparison comparison = operator(field);
            NumericField numeric = field.equals("amount") ? NumericField.AMOUNT : NumericField.CREATED;
            if (comparison == Comparison.EQ && peekWord("null")) {
                pos += 4;
                // amount and created are always present: "is null" matches nothing
                filter = new IntentFilter.Or(List.of());
            } else {
                filter = new IntentFilter.NumericCompare(numeric, comparison, number(field));
            }
        } else if (field.equals("currency") || field.equals("customer") || field.equals("status")) {
            operatorColon(field);
            TokenField token = TokenField.valueOf(field.toUpperCase(Locale.ROOT));
            filter = new IntentFilter.TokenEquals(token, tokenValue(field));
        } else {
            pos = fieldStart;
            throw error("at character " + (fieldStart + 1) + ", unknown field '" + field + "'; PaymentIntents can be "
                    + "searched by amount, created, currency, customer, metadata[\"key\"] and status");
        }
        return negated ? new IntentFilter.Not(filter) : filter;
    }

    private String identifier() {
        int start = pos;
        while (pos < query.length() && (Character.isLetterOrDigit(query.charAt(pos)) || query.charAt(pos) == '_')) {
            pos++;
        }
        if (pos == start) {
            throw errorHere("a field name");
        }
        return query.substring(start, pos);
    }

    private Comparison operator(String field) {
        if (peek('~')) {
            throw error("at character " + (pos + 1) + ", the ~ operator is not supported for " + field
                    + " (no PaymentIntent field is a string field)");
        }
        if (peek(':')) {
            pos++;
            return Comparison.EQ;
        }
        if (peek('>') || peek('<')) {
            boolean greater = peek('>');
            pos++;
            boolean orEqual = peek('=');
            if (orEqual) {
                pos++;
            }
            return greater ? (orEqual ? Comparison.GTE : Comparison.GT) : (orEqual ? Comparison.LTE : Comparison.LT);
        }
        throw errorHere("an operator (:, >, >=, < or <=)");
    }

    private void operatorColon(String field) {
        if (peek(':')) {
            pos++;
            return;
        }
        if (peek('>') || peek('<') || peek('~')) {
            throw error("at character " + (pos + 1) + ", " + field + " only supports exact matches with ':'");
        }
        throw errorHere("':'");
    }

    private @Nullable String tokenValue(String field) {
        if (peekWord("null")) {
            pos += 4;
            return null;
        }
        if (peek('"') || peek('\'')) {
            return quoted("a quoted value");
        }
        throw errorHere("a quoted value for " + field + " (token values must be quoted)");
    }

    private long number(String field) {
        String text;
        if (peek('"') || peek('\'')) {
            int start = pos;
            text = quoted("a number");
            if (!text.matches("-?\\d{1,18}")) {
                pos = start;
                throw error("at character " + (start + 1) + ", " + field + " needs a whole number, got \"" + text + "\"");
            }
        } else {
            int start = pos;
            if (peek('-')) {
                pos++;
            }
            while (pos < query.length() && Character.isDigit(query.charAt(pos))) {
                pos++;
            }
            text = query.substring(start, pos);
            if (!text.matches("-?\\d{1,18}")) {
                pos = start;
                throw errorHere("a whole number for " + field);
            }
        }
        return Long.parseLong(text);
    }

    private String quoted(String what) {
        if (!(peek('"') || peek('\''))) {
            throw errorHere(what);
        }
        char quote = query.charAt(pos);
        int start = pos;
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < query.length()) {
            char c = query.charAt(pos);
            if (c == '\\' && pos + 1 < query.length()) {
                value.append(query.charAt(pos + 1));
                pos += 2;
            } else if (c == quote) {
                pos++;
                return value.toString();
            } else {
                value.append(c);
                pos++;
            }
        }
        throw error("at character " + (start + 1) + ", the quoted string is not terminated");
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw errorHere("'" + c + "'");
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < query.length() && query.charAt(pos) == c;
    }

    private boolean peekWord(String word) {
        int end = pos + word.length();
        return query.regionMatches(true, pos, word, 0, word.length())
                && (end >= query.length() || !Character.isLetterOrDigit(query.charAt(end)));
    }

    private void skipSpaces() {
        while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
            pos++;
        }
    }
}
