package io.paystate.engine.internal;

import io.paystate.engine.internal.query.QueryService;

/** The assembled parts of one engine that commands use. */
record EngineParts(EngineContext engine, Transitions transitions, PaymentMethods paymentMethods, Holds holds,
        PaymentAttempt attempt, UnitOfWork unitOfWork, DueProcessor due, QueryService queries) {

    static EngineParts assemble(EngineContext engine, GuardedEventSink sink,
            io.paystate.spi.IdempotencyStore idempotencyStore) {
        Transitions transitions = new Transitions(engine.table, engine.runner);
        PaymentMethods paymentMethods = new PaymentMethods(engine.processor);
        Holds holds = new Holds(engine.config, transitions);
        PaymentAttempt attempt = new PaymentAttempt(engine, transitions, holds);
        UnitOfWork unitOfWork =
                new UnitOfWork(engine, new DueSteps(engine, transitions, holds, paymentMethods), sink);
        DueProcessor due = new DueProcessor(engine, unitOfWork, idempotencyStore);
        return new EngineParts(engine, transitions, paymentMethods, holds, attempt, unitOfWork, due,
                new QueryService(engine.store));
    }
}
