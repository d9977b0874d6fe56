package io.paystate.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.PaymentEvent;
import io.paystate.spi.EventSink;
import io.paystate.testkit.RecordingEventSink;
import java.util.List;

/** The testkit's recording sink passes the sink contract, and records what it was given. */
final class RecordingEventSinkContractTest extends EventSinkContract {
    @Override
    protected EventSink createSink() {
        return new RecordingEventSink();
    }

    @Override
    protected void delivered(EventSink sink, List<PaymentEvent> expected) {
        assertThat(((RecordingEventSink) sink).events()).containsExactlyElementsOf(expected);
    }
}
