package io.paystate.engine.internal;

import io.paystate.model.EventType;
import io.paystate.model.PaymentIntentStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the {@link TransitionTable} as text for docs/lifecycle.md: a Mermaid state diagram and a
 * Markdown table. A test keeps the checked-in copy equal to this output.
 */
public final class LifecycleDiagram {
    private LifecycleDiagram() {}

    /** Returns the Mermaid {@code stateDiagram-v2} of every status-changing transition. */
    public static String mermaid(TransitionTable table) {
        // one arrow per (from, to): the labels of every trigger/outcome that takes it
        Map<String, List<String>> arrows = new LinkedHashMap<>();
        for (Transition t : table.transitions()) {
            if (t.isSelfLoop()) {
                continue;
            }
            String key = name(t.from()) + " --> " + name(t.to());
            arrows.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(label(t));
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

    /** Returns the Markdown table of every transition, self-loops included, with their events. */
    public static String markdownTable(TransitionTable table) {
        StringBuilder sb = new StringBuilder("| from | trigger | outcome | to | events |\n|---|---|---|---|---|\n");
        for (Transition t : table.transitions()) {
            sb.append("| ").append(t.from().wireName()).append(" | ").append(lower(t.trigger().name()))
                    .append(" | ").append(lower(t.outcome().name())).append(" | ").append(t.to().wireName())
                    .append(" | ").append(t.events().isEmpty() ? "(none)" : t.events().stream()
                            .map(EventType::wireName).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String name(PaymentIntentStatus s) {
        return s.wireName();
    }

    private static String label(Transition t) {
        String trigger = lower(t.trigger().name());
        return t.outcome() == Outcome.DONE ? trigger : trigger + " (" + lower(t.outcome().name()) + ")";
    }

    private static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }
}
