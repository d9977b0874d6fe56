package io.paystate.engine.internal;

import io.paystate.model.EventType;
import java.util.List;

/**
 * Renders the {@link TransitionTable} as text for docs/lifecycle.md: a Mermaid state diagram and a
 * Markdown table. A test keeps the checked-in copy equal to this output.
 */
public final class LifecycleDiagram {
    private LifecycleDiagram() {}

    /**
     * Returns the Mermaid {@code stateDiagram-v2} of every status-changing transition.
     *
     * @param table the table
     * @return the diagram's text
     */
    public static String mermaid(TransitionTable table) {
        return TableDiagram.mermaid(rows(table));
    }

    /**
     * Returns the Markdown table of every transition, self-loops included, with their events.
     *
     * @param table the table
     * @return the table's text
     */
    public static String markdownTable(TransitionTable table) {
        return TableDiagram.markdownTable(rows(table));
    }

    private static List<TableDiagram.Row> rows(TransitionTable table) {
        return table.transitions().stream().map(t -> new TableDiagram.Row(t.from().wireName(), t.trigger(),
                t.outcome(), t.to().wireName(), t.events().stream().map(EventType::wireName).toList())).toList();
    }
}
