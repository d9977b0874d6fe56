package io.paystate.engine.internal.query;

import io.paystate.engine.internal.Errors;
import io.paystate.spi.CustomerFilter;
import io.paystate.spi.IntentFilter;
import io.paystate.spi.IntentFilter.Comparison;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses Stripe's search query language (spec B 8.2, A 14) into the filter tree of the object
 * searched: an {@link IntentFilter} for PaymentIntents, a {@link CustomerFilter} for customers. The
 * grammar is shared; each object's {@link SearchFields} reads its own fields:
 *
 * <pre>
 * query   = clause { connector clause }        (connectors all AND, or all OR; whitespace is AND)
 * clause  = [ "-" ] field operator value
 * field   = the object's fields | "metadata[" quoted "]"
 * operator= ":" | "~" | ">" | ">=" | "&lt;" | "&lt;="  ("~" on string fields, comparisons on numeric ones)
 * value   = quoted | number | "null"           (token and string fields need quotes; numbers may be quoted)
 * </pre>
 *
 * Every error is a 400 naming {@code query} whose message says at which character it broke and
 * what was expected there.
 *
 * @param <F> the filter type of the object searched
 */
public final class SearchQueryParser<F> {
    static final int MAX_LENGTH = 5000;

    private final String query;
    private final SearchFields<F> fields;
    private int pos;

    private SearchQueryParser(String query, SearchFields<F> fields) {
        this.query = query;
        this.fields = fields;
    }

    /** Parses a PaymentIntent query. */
    public static IntentFilter parse(String query) {
        return parse(query, IntentSearchFields.INSTANCE);
    }

    /** Parses a customer query. */
    public static CustomerFilter parseCustomers(String query) {
        return parse(query, CustomerSearchFields.INSTANCE);
    }

    private static <F> F parse(String query, SearchFields<F> fields) {
        if (query.length() > MAX_LENGTH) {
            throw error("the query is longer than " + MAX_LENGTH + " characters");
        }
        return new SearchQueryParser<>(query, fields).query();
    }

    static RuntimeException error(String message) {
        return Errors.invalid(null, "query", "Invalid search query: " + message + ".");
    }

    int position() {
        return pos;
    }

    RuntimeException errorHere(String expected) {
        String found = pos >= query.length() ? "the end of the query" : "'" + query.charAt(pos) + "'";
        return error("at character " + (pos + 1) + ", expected " + expected + " but found " + found);
    }

    private F query() {
        skipSpaces();
        if (pos >= query.length()) {
            throw error("the query is empty");
        }
        List<F> clauses = new ArrayList<>();
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
        return "OR".equals(connector) ? fields.or(clauses) : fields.and(clauses);
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

    private F clause() {
        boolean negated = false;
        if (peek('-')) {
            pos++;
            negated = true;
        }
        int fieldStart = pos;
        String field = identifier();
        F filter;
        if (field.equals("metadata")) {
            expect('[');
            String key = quoted("a quoted metadata key");
            expect(']');
            operatorColon("metadata");
            filter = fields.metadata(key, tokenValue("metadata[\"" + key + "\"]"));
        } else {
            filter = fields.clause(this, field, fieldStart);
        }
        return negated ? fields.not(filter) : filter;
    }

    /** An unknown field, reported at its start. */
    RuntimeException unknownField(String field, int fieldStart, String known) {
        pos = fieldStart;
        return error("at character " + (fieldStart + 1) + ", unknown field '" + field + "'; " + known);
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

    /** A numeric field's operator; {@code why} says why {@code ~} is refused there. */
    Comparison operator(String field, String why) {
        if (peek('~')) {
            throw error("at character " + (pos + 1) + ", the ~ operator is not supported for " + field
                    + " (" + why + ")");
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

    /**
     * A string field's operator: {@code :} (true) or {@code ~} (false); comparisons are refused.
     */
    boolean textOperator(String field) {
        if (peek(':') || peek('~')) {
            return query.charAt(pos++) == ':';
        }
        if (peek('>') || peek('<')) {
            throw error("at character " + (pos + 1) + ", " + field + " is a string field: use ':' or '~'");
        }
        throw errorHere("':' or '~'");
    }

    /** The value of {@code ~}: quoted, at least three characters. */
    String substring(String field) {
        int start = pos;
        if (!(peek('"') || peek('\''))) {
            throw errorHere("a quoted value for " + field + " (substring values must be quoted)");
        }
        String value = quoted("a quoted value");
        if (value.length() < 3) {
            pos = start;
            throw error("at character " + (start + 1) + ", a substring match (~) needs at least 3 characters, got \""
                    + value + "\"");
        }
        return value;
    }

    void operatorColon(String field) {
        if (peek(':')) {
            pos++;
            return;
        }
        if (peek('>') || peek('<') || peek('~')) {
            throw error("at character " + (pos + 1) + ", " + field + " only supports exact matches with ':'");
        }
        throw errorHere("':'");
    }

    @Nullable String tokenValue(String field) {
        if (peekWord("null")) {
            pos += 4;
            return null;
        }
        if (peek('"') || peek('\'')) {
            return quoted("a quoted value");
        }
        throw errorHere("a quoted value for " + field + " (token values must be quoted)");
    }

    long number(String field) {
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

    void expect(char c) {
        if (!peek(c)) {
            throw errorHere("'" + c + "'");
        }
        pos++;
    }

    boolean peek(char c) {
        return pos < query.length() && query.charAt(pos) == c;
    }

    /** Consumes {@code word} (case-insensitively) when it comes next; returns whether it did. */
    boolean takeWord(String word) {
        if (!peekWord(word)) {
            return false;
        }
        pos += word.length();
        return true;
    }

    boolean peekWord(String word) {
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
