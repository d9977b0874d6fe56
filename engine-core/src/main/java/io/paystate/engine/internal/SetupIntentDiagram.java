package io.paystate.engine.internal;

import io.paystate.model.SetupIntentEventType;
import java.util.List;

/**
 * Renders the {@link SetupTransitionTable} as text for docs/setup-intents.md, as
 * {@link LifecycleDiagram} does for PaymentIntents: a Mermaid state diagram and a Markdown table. A
 * test keeps the checked-in copy equal to this output.
 */
public final class SetupIntentDiagram {
    private SetupIntentDiagram() {}

    /**
     * Returns the Mermaid {@code stateDiagram-v2} of every status-changing transition.
     *
     * @param table the table
     * @return the diagram's text
     */
    public static String mermaid(SetupTransitionTable table) {
        return TableDiagram.mermaid(rows(table));
    }

    /**
     * Returns the Markdown table of every transition, self-loops included, with their events.
     *
     * @param table the table
     * @return the table's text
     */
    public static String markdownTable(SetupTransitionTable table) {
        return TableDiagram.markdownTable(rows(table));
    }

    private static List<TableDiagram.Row> rows(SetupTransitionTable table) {
        return table.transitions().stream().map(t -> new TableDiagram.Row(t.from().wireName(), t.trigger(),
                t.outcome(), t.to().wireName(), t.events().stream().map(SetupIntentEventType::wireName).toList()))
                .toList();
    }
}
