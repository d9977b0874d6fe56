package io.paystate.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * A report table: text columns left-aligned, figure columns right-aligned in tabular digits so that
 * magnitudes line up and can be compared at a glance. Every cell is escaped.
 */
final class HtmlTable {
    private final List<String> headers;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /** Headers of figure columns start with {@code #}, which is not shown: {@code "#count"}. */
    HtmlTable(String... headers) {
        this.headers = new ArrayList<>();
        this.numeric = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            numeric[i] = headers[i].startsWith("#");
            this.headers.add(numeric[i] ? headers[i].substring(1) : headers[i]);
        }
    }

    HtmlTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    String html() {
        StringBuilder out = new StringBuilder("<table><thead><tr>");
        for (int i = 0; i < headers.size(); i++) {
            out.append(numeric[i] ? "<th class=\"num\">" : "<th>").append(escape(headers.get(i))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(numeric[i] ? "<td class=\"num\">" : "<td>").append(escape(row.get(i))).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
