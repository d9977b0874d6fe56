package io.paystate.engine.internal;

import io.paystate.model.SetupIntentEventType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the {@link SetupTransitionTable} as text for docs/setup-intents.md, as
 * {@link LifecycleDiagram} does for PaymentIntents: a Mermaid state diagram and a Markdown table. A
 * test keeps the checked-in copy equal to this output.
 */
public final class SetupIntentDiagram {
    private SetupIntentDiagram() {}

    /** Returns the Mermaid {@code stateDiagram-v2} of every status-changing transition. */
    public static String mermaid(SetupTransitionTable table) {
        Map<String, List<String>> arrows = new LinkedHashMap<>();
        for (SetupTransition t : table.transitions()) {
            if (t.isSelfLoop()) {
                continue;
            }
            arrows.computeIfAbsent(t.from().wireName() + " --> " + t.to().wireName(), k -> new ArrayList<>())
                    .add(label(t));
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
    public static String markdownTable(SetupTransitionTable table) {
        StringBuilder sb = new StringBuilder("| from | trigger | outcome | to | events |\n|---|---|---|---|---|\n");
        for (SetupTransition t : table.transitions()) {
            sb.append("| ").append(t.from().wireName()).append(" | ").append(lower(t.trigger().name()))
                    .append(" | ").append(lower(t.outcome().name())).append(" | ").append(t.to().wireName())
                    .append(" | ").append(t.events().isEmpty() ? "(none)" : t.events().stream()
                            .map(SetupIntentEventType::wireName).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String label(SetupTransition t) {
        String trigger = lower(t.trigger().name());
        return t.outcome() == Outcome.DONE ? trigger : trigger + " (" + lower(t.outcome().name()) + ")";
    }

    private static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }
}
