package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.internal.Transition;
import io.paystate.engine.internal.TransitionTable;
import io.paystate.engine.internal.Trigger;
import io.paystate.model.AccountId;
import io.paystate.model.AuthorizationRequest;
import io.paystate.model.CancellationReason;
import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.Commit;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.IntentFilter;
import io.paystate.spi.IntentQuery;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random lifecycles through the engine: after every step the amounts are consistent, terminal
 * statuses stay terminal, each step emitted exactly the events of the table's transition, event
 * sequences are gap-free, and a rejected operation changed nothing.
 */
final class LifecycleProperties {
    private static final TransitionTable TABLE = TransitionTable.instance();
    private static final List<String> METHODS =
            List.of("pm_ok", "pm_decline", "pm_3ds", "pm_3ds_decline", "pm_async_ok", "pm_async_fail", "pm_increment");

    /** The system under test and what the checks remember. */
    static final class World {
        final TestClock clock = new TestClock();
        final RecordingSink sink = new RecordingSink();
        // every stored intent as the engine committed it, to check what the store hands back
        final Map<PaymentIntentId, StoredIntent> committed = new HashMap<>();
        final ForwardingStore store = new ForwardingStore() {
            @Override
            public StoredIntent commit(Commit commit) {
                StoredIntent written = super.commit(commit);
                committed.put(written.intent().id(), written);
                return written;
            }
        };
        final PaymentEngine engine = PaymentEngine.builder().clock(clock).eventSink(sink).store(store)
                .processor(new ScriptedProcessor()).idGenerator(IdGenerator.seeded(99)).build();
        final List<PaymentIntentId> ids = new ArrayList<>();
        final Map<PaymentIntentId, PaymentIntentStatus> terminal = new HashMap<>();

        PaymentIntent get(int index) {
            return engine.retrieve(ids.get(index % ids.size()));
        }

        List<EventType> eventsOf(PaymentIntentId id, int mark) {
            return sink.all().subList(mark, sink.size()).stream().filter(e -> e.paymentIntentId().equals(id))
                    .map(PaymentEvent::type).toList();
        }

        @Override
        public String toString() {
            return "World[" + ids.size() + " intents]";
        }
    }

    @Property(tries = 200)
    void randomLifecycles_keepEveryInvariant(@ForAll("lifecycles") ActionChain<World> chain) {
        chain.withInvariant("amounts", LifecycleProperties::amountsConsistent)
                .withInvariant("terminal statuses stay terminal", LifecycleProperties::terminalStaysTerminal)
                .withInvariant("gap-free event sequences", LifecycleProperties::gapFreeSequences)
                .withInvariant("the store hands back what was committed", LifecycleProperties::storedAsCommitted)
                .run();
    }

    @Provide
    Arbitrary<ActionChain<World>> lifecycles() {
        return ActionChain.<World>startWith(World::new)
                .withAction(3, new CreateAction())
                .withAction(6, new OperateAction())
                .withAction(1, new ClockAction())
                .withMaxTransformations(30);
    }

    static void amountsConsistent(World w) {
        for (PaymentIntentId id : w.ids) {
            PaymentIntent pi = w.engine.retrieve(id);
            assertThat(pi.amountReceived()).isLessThanOrEqualTo(pi.amount());
            if (pi.amountCapturable() > 0) {
                assertThat(pi.status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
            }
        }
    }

    static void terminalStaysTerminal(World w) {
        for (PaymentIntentId id : w.ids) {
            PaymentIntentStatus now = w.engine.retrieve(id).status();
            PaymentIntentStatus before = w.terminal.get(id);
            if (before != null) {
                assertThat(now).as("terminal " + id).isEqualTo(before);
            } else if (now.isTerminal()) {
                w.terminal.put(id, now);
            }
        }
    }

    static void storedAsCommitted(World w) {
        // the in-memory store keeps a charge as what its intent does not say: every version it
        // hands back, by id, by list and by due time, equals the one committed
        for (StoredIntent written : w.committed.values()) {
            assertThat(w.store.find(written.account(), written.intent().id())).contains(written);
        }
        List<StoredIntent> listed = w.store.query(AccountId.DEFAULT,
                new IntentQuery(IntentFilter.all(), null, null, 100)).items();
        assertThat(listed).hasSize(w.committed.size()).allSatisfy(s ->
                assertThat(s).isEqualTo(w.committed.get(s.intent().id())));
        assertThat(w.store.findDue(Instant.MAX, 100)).allSatisfy(s ->
                assertThat(s).isEqualTo(w.committed.get(s.intent().id())));
    }

    static void gapFreeSequences(World w) {
        for (PaymentIntentId id : w.ids) {
            List<PaymentEvent> events = w.sink.forIntent(id);
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).sequence()).isEqualTo(i + 1L);
            }
        }
    }

    /**
     * Asserts the step from {@code before} to {@code after} is one transition of the table with its
     * events, or, for an authorization at or after its deadline (spec A 2), that transition into
     * {@code requires_capture} followed by the expiry.
     */
    static void assertStep(PaymentIntentStatus before, Trigger trigger, PaymentIntent after, List<EventType> events) {
        List<List<EventType>> paths = new ArrayList<>();
        for (Transition t : TABLE.transitions()) {
            if (t.from() != before || t.trigger() != trigger) {
                continue;
            }
            if (t.to() == after.status()) {
                paths.add(t.events());
            }
            if (t.to() == PaymentIntentStatus.REQUIRES_CAPTURE && t.from() != PaymentIntentStatus.REQUIRES_CAPTURE) {
                for (Transition expiry : TABLE.transitions()) {
                    if (expiry.from() == PaymentIntentStatus.REQUIRES_CAPTURE && expiry.trigger() == Trigger.EXPIRE
                            && expiry.to() == after.status()) {
                        List<EventType> both = new ArrayList<>(t.events());
                        both.addAll(expiry.events());
                        paths.add(both);
                    }
                }
            }
        }
        assertThat(paths).as("%s --%s--> %s", before, trigger, after.status()).isNotEmpty();
        assertThat(paths).as("events %s --%s--> %s", before, trigger, after.status()).contains(events);
    }

    static final class CreateAction implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            Arbitrary<String> pm = Arbitraries.of(METHODS).injectNull(0.3);
            Arbitrary<CaptureMethod> capture = Arbitraries.of(CaptureMethod.class);
            return Combinators.combine(pm, capture, Arbitraries.of(true, false)).as((method, cm, confirm) ->
                    Transformer.mutate("create " + method + " " + cm.wireName() + (confirm ? " confirm" : ""), w -> {
                        CreateParams.Builder b = CreateParams.builder(1000, "usd").captureMethod(cm)
                                .paymentMethodTypes(List.of("card", "sepa_debit"))
                                .cardOptions(new CardOptions(null, AuthorizationRequest.IF_AVAILABLE, null, null, null));
                        if (method != null) {
                            b.paymentMethod(method).confirm(confirm);
                        }
                        int mark = w.sink.size();
                        PaymentIntent created;
                        try {
                            created = w.engine.create(b.build());
                        } catch (CardException decline) {
                            created = decline.paymentIntent().orElseThrow();
                        }
                        w.ids.add(created.id());
                        List<EventType> events = w.eventsOf(created.id(), mark);
                        assertThat(events.get(0)).isEqualTo(EventType.PAYMENT_INTENT_CREATED);
                        PaymentIntentStatus initial = method == null ? PaymentIntentStatus.REQUIRES_PAYMENT_METHOD
                                : PaymentIntentStatus.REQUIRES_CONFIRMATION;
                        if (method != null && confirm) {
                            assertStep(initial, Trigger.CONFIRM, created, events.subList(1, events.size()));
                        } else {
                            assertThat(events).hasSize(1);
                            assertThat(created.status()).isEqualTo(initial);
                        }
                    }));
        }
    }

    /** An operation on an existing intent, with the trigger it fires. */
    record Op(String name, Trigger trigger, java.util.function.Function<PaymentEngine, java.util.function.Consumer<PaymentIntentId>> call) {}

    static final class OperateAction implements Action.Dependent<World> {
        @Override
        public boolean precondition(World w) {
            return !w.ids.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World w) {
            Arbitrary<Integer> index = Arbitraries.integers().between(0, w.ids.size() - 1);
            Arbitrary<Op> op = Arbitraries.oneOf(
                    Arbitraries.of(METHODS).map(pm -> new Op("confirm " + pm, Trigger.CONFIRM,
                            e -> id -> e.confirm(id, ConfirmParams.withPaymentMethod(pm)))),
                    Arbitraries.of(null, 500L, 1000L, 5000L).map(amount -> new Op("capture " + amount, Trigger.CAPTURE,
                            e -> id -> e.capture(id, amount == null ? CaptureParams.full() : CaptureParams.amount(amount)))),
                    Arbitraries.of(CancellationReason.ABANDONED, CancellationReason.AUTOMATIC).injectNull(0.3)
                            .map(reason -> new Op("cancel " + reason, Trigger.CANCEL,
                                    e -> id -> e.cancel(id, new CancelParams(reason)))),
                    Arbitraries.of(ActionOutcome.class).map(outcome -> new Op("complete " + outcome,
                            Trigger.COMPLETE_ACTION, e -> id -> e.completeAction(id, outcome))),
                    Arbitraries.of(900L, 1500L, 6_000_000L).map(amount -> new Op("increment " + amount,
                            Trigger.INCREMENT_AUTHORIZATION,
                            e -> id -> e.incrementAuthorization(id, IncrementAuthorizationParams.amount(amount)))),
                    Arbitraries.of(2000L, 10L).map(amount -> new Op("update amount " + amount, Trigger.UPDATE_PAYMENT,
                            e -> id -> e.update(id, UpdateParams.builder().amount(amount).build()))),
                    Arbitraries.of("pm_ok", "").map(pm -> new Op("update pm '" + pm + "'", Trigger.UPDATE_PAYMENT,
                            e -> id -> e.update(id, UpdateParams.builder().paymentMethod(pm).build()))),
                    Arbitraries.just(new Op("update metadata", Trigger.UPDATE_DETAILS,
                            e -> id -> e.update(id, UpdateParams.builder().metadata("k", "v").build()))));
            return Combinators.combine(index, op).as((i, o) -> Transformer.mutate(o.name() + " #" + i, world -> {
                PaymentIntentId id = world.ids.get(i);
                PaymentIntent before = world.engine.retrieve(id);
                int mark = world.sink.size();
                try {
                    o.call().apply(world.engine).accept(id);
                } catch (InvalidRequestException rejected) {
                    assertThat(world.engine.retrieve(id)).as("a rejected %s changes nothing", o.name()).isEqualTo(before);
                    assertThat(world.sink.size()).isEqualTo(mark);
                    return;
                } catch (CardException declined) {
                    // a decline is recorded on the intent: checked as a transition below
                }
                PaymentIntent after = world.engine.retrieve(id);
                List<EventType> events = world.eventsOf(id, mark);
                if (o.trigger() == Trigger.INCREMENT_AUTHORIZATION && events.isEmpty()) {
                    // a refused increment changes nothing but the attempt count
                    assertThat(after).isEqualTo(before);
                    return;
                }
                assertStep(before.status(), o.trigger(), after, events);
            }));
        }
    }

    static final class ClockAction implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.longs().between(1, 8L * 86400).map(seconds -> Transformer.mutate(
                    "advance " + seconds + "s", w -> {
                        Map<PaymentIntentId, PaymentIntent> before = new HashMap<>();
                        w.ids.forEach(id -> before.put(id, w.engine.retrieve(id)));
                        int mark = w.sink.size();
                        w.clock.advanceSeconds(seconds);
                        w.engine.processDue();
                        for (PaymentIntentId id : w.ids) {
                            List<PaymentEvent> events = w.sink.all().subList(mark, w.sink.size()).stream()
                                    .filter(e -> e.paymentIntentId().equals(id)).toList();
                            PaymentIntentStatus from = before.get(id).status();
                            // a chain of clock transitions: each status change is an EXPIRE or SETTLE edge
                            for (PaymentEvent e : events) {
                                PaymentIntentStatus to = e.paymentIntent().status();
                                if (to != from) {
                                    PaymentIntentStatus f = from;
                                    assertThat(TABLE.transitions()).anyMatch(t -> t.from() == f && t.to() == to
                                            && (t.trigger() == Trigger.EXPIRE || t.trigger() == Trigger.SETTLE));
                                    from = to;
                                }
                                assertThat(e.requestId()).isNull();
                            }
                            assertThat(w.engine.retrieve(id).status()).isEqualTo(from);
                        }
                    }));
        }
    }
}
