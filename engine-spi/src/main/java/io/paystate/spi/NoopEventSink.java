package io.paystate.spi;

import io.paystate.model.PaymentEvent;

enum NoopEventSink implements EventSink {
    INSTANCE;

    @Override
    public void accept(PaymentEvent event) {}
}
