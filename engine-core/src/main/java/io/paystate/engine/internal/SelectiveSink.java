package io.paystate.engine.internal;

import io.paystate.model.EventType;
import io.paystate.spi.EventSink;

/**
 * A sink of the engine's own that acts on events of a few types only and ignores the rest. The
 * relay still hands it every event of its logs, in order, at least once; but a command whose events
 * include none of those types does not wake its delivery: the events wait in the log for the next
 * command that does (or for a bounded number of commands, or {@code processDue()}), and are
 * delivered then, in one read. Host sinks are never selective: they are woken by every command.
 *
 * <p>Thread safety: {@link #wakesFor} is called from any committing thread and must be pure.
 */
interface SelectiveSink extends EventSink {
    /** Whether an event of this type must reach the sink right after its command. */
    boolean wakesFor(EventType type);
}
