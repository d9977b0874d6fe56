package io.paystate.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a transition table, whichever lifecycle it is, as a Mermaid state diagram and a Markdown
 * table: the text both {@link LifecycleDiagram} and {@link SetupIntentDiagram} write into the docs.
 */
final class TableDiagram {
    private TableDiagram() {}

    /** One transition, by wire names: trigger and outcome as the enum constants' lowercase names. */
    record Row(String from, String trigger, String outcome, String to, List<String> events) {
        Row(String from, Enum<?> trigger, Enum<?> outcome, String to, List<String> events) {
            this(from, lower(trigger.name()), lower(outcome.name()), to, events);
        }
    }

    /** The Mermaid {@code stateDiagram-v2} of every status-changing transition. */
    static String mermaid(List<Row> rows) {
        // one arrow per (from, to): the labels of every trigger/outcome that takes it
        Map<String, List<String>> arrows = new LinkedHashMap<>();
        for (Row t : rows) {
            if (t.from().equals(t.to())) {
                continue;
            }
            String label = t.outcome().equals("done") ? t.trigger() : t.trigger() + " (" + t.outcome() + ")";
            arrows.computeIfAbsent(t.from() + " --> " + t.to(), k -> new ArrayList<>()).add(label);
        }
        StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
        sb.append("    [*] --> requires_payment_method : create\n");
        sb.append("    [*] --> requires_confirmation : create with payment_method\n");
        arrows.forEach((arrow, labels) -> sb.append("    ").append(arrow).append(" : ")
                .append(String.join(" / ", labels.stream().distinct().toList())).append('\n'));
        sb.append("    succeeded --> [*]\n");
        sb.append("    canceled --> [*]\n");
        return sb.toString();
    }

    /** The Markdown table of every transition, self-loops included, with their events. */
    static String markdownTable(List<Row> rows) {
        StringBuilder sb = new StringBuilder("| from | trigger | outcome | to | events |\n|---|---|---|---|---|\n");
        for (Row t : rows) {
            sb.append("| ").append(t.from()).append(" | ").append(t.trigger()).append(" | ").append(t.outcome())
                    .append(" | ").append(t.to()).append(" | ")
                    .append(t.events().isEmpty() ? "(none)" : String.join(", ", t.events())).append(" |\n");
        }
        return sb.toString();
    }

    private static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }
}
