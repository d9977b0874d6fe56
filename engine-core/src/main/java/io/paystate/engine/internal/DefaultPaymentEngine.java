package io.paystate.engine.internal;

import io.paystate.engine.PaymentEngine;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.Response;

/** The engine. (Skeleton: being written.) */
public final class DefaultPaymentEngine implements PaymentEngine {
    private final EngineConfig config;

    public DefaultPaymentEngine(EngineConfig config) {
        this.config = config;
    }

    @Override
    public <T> Response<T> execute(Request<T> request, RequestOptions options) {
        throw new UnsupportedOperationException("skeleton");
    }

    @Override
    public int processDue() {
        throw new UnsupportedOperationException("skeleton");
    }
}
