package io.paystate.testkit.tck;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.paystate.engine.CreateParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.PaymentEvent;
import io.paystate.spi.EventSink;
import io.paystate.testkit.ManualClock;
import io.paystate.testkit.RecordingEventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link EventSink}: it accepts every event the engine emits, from several threads
 * at once, without throwing. Extend it with {@link #createSink()}; {@link #delivered} may check what
 * arrived.
 */
public abstract class EventSinkContract {

    /**
     * Returns the sink under test.
     *
     * @return the sink under test
     */
    protected abstract EventSink createSink();

    /**
     * Checks, after the test, that {@code expected} events arrived; the default checks nothing more.
     *
     * @param sink the event sink
     * @param expected the expected value
     */
    protected void delivered(EventSink sink, List<PaymentEvent> expected) {}

    private static List<PaymentEvent> realEvents() {
        RecordingEventSink recorder = new RecordingEventSink();
        PaymentEngine engine = PaymentEngine.builder().clock(new ManualClock()).eventSink(recorder).build();
        engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa").confirm(true).build());
        try {
            engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_chargeDeclined").confirm(true).build());
        } catch (io.paystate.engine.CardException expected) {
            // a decline emits charge.failed and payment_intent.payment_failed
        }
        return recorder.events();
    }

    @Test
    void accept_everyEventType_doesNotThrow() {
        EventSink sink = createSink();
        List<PaymentEvent> events = realEvents();
        for (PaymentEvent e : events) {
            assertThatCode(() -> sink.accept(e)).doesNotThrowAnyException();
        }
        delivered(sink, events);
    }

    @Test
    void accept_fromSeveralThreads_doesNotThrow() throws Exception {
        EventSink sink = createSink();
        List<PaymentEvent> events = realEvents();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 100; i++) {
                    sink.accept(events.get(i % events.size()));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }
}
