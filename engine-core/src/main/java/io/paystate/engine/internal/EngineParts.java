package io.paystate.engine.internal;

import io.paystate.engine.internal.fsm.SquirrelSetupTransitionRunner;
import io.paystate.engine.internal.query.QueryService;
import io.paystate.spi.EventSink;
import io.paystate.spi.IdempotencyStore;
import java.util.LinkedHashMap;
import java.util.Map;

/** The assembled parts of one engine that commands use. */
record EngineParts(EngineContext engine, Transitions transitions, PaymentMethods paymentMethods, Holds holds,
        PaymentAttempt attempt, UnitOfWork unitOfWork, DueProcessor due, QueryService queries, EventQueries events,
        EventRelay relay, Orphans orphans, Customers customers, SavedMethods savedMethods,
        SetupIntents setupIntents) {

    static EngineParts assemble(EngineContext engine, IdempotencyStore idempotencyStore) {
        Transitions transitions = new Transitions(engine.table, engine.runner);
        Customers customers = new Customers(engine);
        PaymentMethods paymentMethods = new PaymentMethods(engine.processor, engine.gateway);
        Holds holds = new Holds(engine.config, transitions);
        Orphans orphans = new Orphans(engine.store, engine.processor, engine.gateway);
        PaymentAttempt attempt = new PaymentAttempt(engine, transitions, holds, orphans);
        // the engine's own feed of funds movements comes first, then the host's subscribers
        Map<String, EventSink> subscribers = new LinkedHashMap<>();
        subscribers.put(FundsMovements.SUBSCRIBER, new FundsMovements(engine.processor));
        subscribers.putAll(engine.config.subscribers());
        EventRelay relay = new EventRelay(EventFeed.of(engine.store, engine.config.customerStore(),
                engine.config.paymentMethodStore(), engine.config.setupIntentStore()), engine.store, engine.pendingLogs,
                engine.clock,
                engine.config.delivery(), subscribers);
        // another engine's commits wake this one's delivery of their log at once, when a store can tell
        engine.store.onCommitsElsewhere(() -> relay.deliverFeed(EventFeed.INTENTS));
        engine.config.customerStore().onCommitsElsewhere(() -> relay.deliverFeed(EventFeed.CUSTOMERS));
        engine.config.paymentMethodStore().onCommitsElsewhere(() -> relay.deliverFeed(EventFeed.PAYMENT_METHODS));
        engine.config.setupIntentStore().onCommitsElsewhere(() -> relay.deliverFeed(EventFeed.SETUP_INTENTS));
        UnitOfWork unitOfWork = new UnitOfWork(engine, new DueSteps(engine, transitions, holds, paymentMethods),
                relay, orphans);
        DueProcessor due = new DueProcessor(engine, unitOfWork, idempotencyStore, relay, orphans);
        SavedMethods savedMethods = new SavedMethods(engine, customers);
        // the SetupIntent lifecycle runs on its own squirrel builder, generated and warmed up here
        SetupTransitionRunner setupRunner = engine.config.tableLookup() ? SetupTransitionRunner.tableLookup()
                : SquirrelSetupTransitionRunner.create(SetupTransitionTable.instance());
        return new EngineParts(engine, transitions, paymentMethods, holds, attempt, unitOfWork, due,
                new QueryService(engine.store), new EventQueries(engine.store, engine.config.customerStore(),
                        engine.config.paymentMethodStore(), engine.config.setupIntentStore()), relay, orphans, customers, savedMethods,
                new SetupIntents(engine, setupRunner, savedMethods));
    }
}
