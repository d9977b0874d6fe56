package io.paystate.engine.internal;

import io.paystate.model.StripeEvent;
import io.paystate.spi.CustomerStore;
import io.paystate.spi.LoggedCustomerEvent;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.LoggedPaymentMethodEvent;
import io.paystate.spi.LoggedSetupIntentEvent;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.PaymentMethodStore;
import io.paystate.spi.SetupIntentStore;
import java.util.List;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;

/**
 * One store's event log as the relay reads it: events in position order, and each subscriber's
 * delivered position in that log. Each kind of object keeps its log in its own store, so each has
 * its own positions; the relay keeps one position per subscriber and feed.
 *
 * @param <L> the store's logged-event type
 */
final class EventFeed<L> {
    static final int INTENTS = 0;
    static final int CUSTOMERS = 1;
    static final int PAYMENT_METHODS = 2;
    static final int SETUP_INTENTS = 3;
    static final int COUNT = 4;

    /** Reads a page of a log. */
    @FunctionalInterface
    interface Reader<L> {
        List<L> read(long afterPosition, int limit);
    }

    final int index;
    final String name;
    private final Reader<L> reader;
    private final ToLongFunction<L> position;
    private final Function<L, StripeEvent> event;
    private final ToLongFunction<String> delivered;
    private final ObjLongConsumer<String> save;

    private EventFeed(int index, String name, Reader<L> reader, ToLongFunction<L> position,
            Function<L, StripeEvent> event, ToLongFunction<String> delivered, ObjLongConsumer<String> save) {
        this.index = index;
        this.name = name;
        this.reader = reader;
        this.position = position;
        this.event = event;
        this.delivered = delivered;
        this.save = save;
    }

    /** The four logs of one engine, indexed by the constants above. */
    static List<EventFeed<?>> of(PaymentIntentStore intents, CustomerStore customers, PaymentMethodStore methods,
            SetupIntentStore setups) {
        return List.of(
                new EventFeed<>(INTENTS, "intents", intents::readLog, LoggedEvent::position, LoggedEvent::event,
                        intents::deliveredPosition, intents::saveDeliveredPosition),
                new EventFeed<>(CUSTOMERS, "customers", customers::readLog, LoggedCustomerEvent::position,
                        LoggedCustomerEvent::event,
                        customers::deliveredPosition, customers::saveDeliveredPosition),
                new EventFeed<>(PAYMENT_METHODS, "payment methods", methods::readLog,
                        LoggedPaymentMethodEvent::position, LoggedPaymentMethodEvent::event,
                        methods::deliveredPosition, methods::saveDeliveredPosition),
                new EventFeed<>(SETUP_INTENTS, "SetupIntents", setups::readLog, LoggedSetupIntentEvent::position,
                        LoggedSetupIntentEvent::event,
                        setups::deliveredPosition, setups::saveDeliveredPosition));
    }

    List<L> read(long afterPosition, int limit) {
        return reader.read(afterPosition, limit);
    }

    long position(L logged) {
        return position.applyAsLong(logged);
    }

    StripeEvent event(L logged) {
        return event.apply(logged);
    }

    long delivered(String subscriber) {
        return delivered.applyAsLong(subscriber);
    }

    void save(String subscriber, long position) {
        save.accept(subscriber, position);
    }

    /** The bit of this feed in a set of feeds with new events. */
    int bit() {
        return 1 << index;
    }

    static int all() {
        return (1 << COUNT) - 1;
    }
}
