package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.CustomerId;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.SetupIntentId;
import io.paystate.model.SetupIntentStatus;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.LoggedPaymentMethodEvent;
import io.paystate.spi.PaymentMethodData;
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
 * Random sequences across the three APIs (customers, payment methods with SetupIntents, and
 * PaymentIntents charged on and off session), with jqwik's {@link ActionChain}: create a customer,
 * create a card, set it up with a SetupIntent (completing or failing 3-D Secure), attach it, detach
 * it, charge it on or off session. Checked after every step: a detached (or spent) method is never
 * charged; an off-session charge of a card that needs authentication never succeeds unless the
 * stored method was set up for off-session use (and never for the always-authenticate card); a
 * succeeded SetupIntent leaves its method attached to its customer and set up; events are gap-free
 * per SetupIntent and per payment method.
 */
final class SavedCardSequenceProperties {
    /** Plain, authenticate-unless-set-up, always-authenticate, attach-then-decline. */
    private static final List<String> CARDS =
            List.of("4242424242424242", "4000002500003155", "4000002760003184", "4000000000000341");

    /** The engine and what the sequence made so far. */
    static final class World {
        final InMemorySetupIntentStore setupStore = new InMemorySetupIntentStore();
        final InMemoryPaymentMethodStore methodStore = new InMemoryPaymentMethodStore();
        final PaymentEngine engine;
        final List<CustomerId> customers = new ArrayList<>();
        final List<PaymentMethodId> methods = new ArrayList<>();
        final Map<PaymentMethodId, String> numbers = new HashMap<>();
        final List<SetupIntentId> setupIntents = new ArrayList<>();
        int charges;

        World(long seed) {
            engine = PaymentEngine.builder().clock(new TestClock()).setupIntentStore(setupStore)
                    .paymentMethodStore(methodStore).idGenerator(IdGenerator.seeded(seed)).build();
        }

        <T> T run(Request<T> request) {
            return engine.execute(request, RequestOptions.none()).body();
        }

        PaymentMethod stored(PaymentMethodId id) {
            return run(new PaymentMethodRequest.Retrieve(id));
        }

        @Override
        public String toString() {
            return "World[" + customers.size() + " customers, " + methods.size() + " methods, " + setupIntents.size()
                    + " setup intents, " + charges + " charges]";
        }
    }

    @Property(tries = 120)
    void randomSaveAndChargeSequences_keepTheSavedMethodRules(@ForAll("sequences") ActionChain<World> chain) {
        chain.withInvariant("gap-free SetupIntent events", SavedCardSequenceProperties::gapFreeSetupIntentEvents)
                .withInvariant("gap-free payment-method events", SavedCardSequenceProperties::gapFreeMethodEvents)
                .withInvariant("succeeded setups are attached and set up", SavedCardSequenceProperties::setupsHold)
                .run();
    }

    @Provide
    Arbitrary<ActionChain<World>> sequences() {
        return Arbitraries.longs().flatMap(seed -> ActionChain.<World>startWith(() -> new World(seed))
                .withAction(2, new CreateCustomer())
                .withAction(3, new CreateCard())
                .withAction(4, new SetUp())
                .withAction(1, new Attach())
                .withAction(2, new Detach())
                .withAction(6, new Charge())
                .withMaxTransformations(25));
    }

    static void gapFreeSetupIntentEvents(World w) {
        Map<SetupIntentId, List<Long>> sequences = new HashMap<>();
        for (var logged : w.setupStore.readLog(0, 100_000)) {
            SetupIntentEvent e = logged.event();
            sequences.computeIfAbsent(e.setupIntentId(), k -> new ArrayList<>()).add(e.sequence());
        }
        sequences.forEach((id, seq) -> {
            for (int i = 0; i < seq.size(); i++) {
                assertThat(seq.get(i)).as("event %d of %s", i, id).isEqualTo(i + 1L);
            }
        });
    }

    static void gapFreeMethodEvents(World w) {
        Map<PaymentMethodId, List<Long>> sequences = new HashMap<>();
        for (PaymentMethodEvent e : w.methodStore.readLog(0, 100_000).stream().map(LoggedPaymentMethodEvent::event).toList()) {
            sequences.computeIfAbsent(e.paymentMethod().id(), k -> new ArrayList<>()).add(e.sequence());
        }
        sequences.forEach((id, seq) -> {
            for (int i = 0; i < seq.size(); i++) {
                assertThat(seq.get(i)).as("event %d of %s", i, id).isEqualTo(i + 1L);
            }
        });
    }

    static void setupsHold(World w) {
        for (SetupIntentId id : w.setupIntents) {
            SetupIntent si = w.run(new SetupIntentRequest.Retrieve(id));
            if (si.status() == SetupIntentStatus.SUCCEEDED) {
                PaymentMethod pm = w.stored(java.util.Objects.requireNonNull(si.paymentMethod()));
                assertThat(pm.setUpFor()).as("set up %s", pm.id()).isEqualTo(SetupFutureUsage.OFF_SESSION);
                if (pm.usage() != PaymentMethodUsage.DETACHED) {
                    assertThat(pm.customer()).as("customer of %s", pm.id()).isEqualTo(si.customer());
                }
            }
        }
    }

    static final class CreateCustomer implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.just(Transformer.mutate("create customer", w -> w.customers.add(
                    w.run(new CustomerRequest.Create(CustomerParams.none())).id())));
        }
    }

    static final class CreateCard implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.of(CARDS).map(number -> Transformer.mutate("create card " + number, w -> {
                PaymentMethod pm = w.run(new PaymentMethodRequest.Create(new PaymentMethodData("card",
                        Map.of("number", number)), Map.of()));
                w.methods.add(pm.id());
                w.numbers.put(pm.id(), number);
            }));
        }
    }

    /** Sets a card up for a customer with a SetupIntent; a challenge is passed or failed. */
    static final class SetUp implements Action.Dependent<World> {
        @Override
        public boolean precondition(World w) {
            return !w.methods.isEmpty() && !w.customers.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World w) {
            return Combinators.combine(Arbitraries.integers().between(0, w.methods.size() - 1),
                    Arbitraries.integers().between(0, w.customers.size() - 1), Arbitraries.of(ActionOutcome.class))
                    .as((m, c, outcome) -> Transformer.mutate("set up #" + m + " for #" + c + " " + outcome, world -> {
                        PaymentMethodId id = world.methods.get(m);
                        CustomerId customer = world.customers.get(c);
                        PaymentMethod before = world.stored(id);
                        boolean usable = before.usage() == PaymentMethodUsage.NEW
                                || (before.usage() == PaymentMethodUsage.ATTACHED && customer.equals(before.customer()));
                        SetupIntent si;
                        try {
                            si = world.run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                                    .customer(customer.value()).paymentMethod(id.value()).confirm(true).build()));
                        } catch (InvalidRequestException refused) {
                            assertThat(usable).as("setup of usable %s refused: %s", id, refused.getMessage()).isFalse();
                            assertThat(world.stored(id)).isEqualTo(before);
                            return;
                        }
                        assertThat(usable).as("setup of unusable %s (%s) accepted", id, before.usage()).isTrue();
                        world.setupIntents.add(si.id());
                        if (si.status() == SetupIntentStatus.REQUIRES_ACTION) {
                            si = world.run(new SetupIntentRequest.CompleteAction(si.id(), outcome));
                        }
                        SetupIntentStatus expected = si.status() == SetupIntentStatus.REQUIRES_PAYMENT_METHOD
                                ? SetupIntentStatus.REQUIRES_PAYMENT_METHOD : SetupIntentStatus.SUCCEEDED;
                        assertThat(si.status()).isEqualTo(expected);
                        if (si.status() == SetupIntentStatus.REQUIRES_PAYMENT_METHOD) {
                            assertThat(outcome).isEqualTo(ActionOutcome.FAILURE);
                            assertThat(world.stored(id).setUpFor()).isEqualTo(before.setUpFor());
                        }
                    }));
        }
    }

    static final class Attach implements Action.Dependent<World> {
        @Override
        public boolean precondition(World w) {
            return !w.methods.isEmpty() && !w.customers.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World w) {
            return Combinators.combine(Arbitraries.integers().between(0, w.methods.size() - 1),
                    Arbitraries.integers().between(0, w.customers.size() - 1))
                    .as((m, c) -> Transformer.mutate("attach #" + m + " to #" + c, world -> {
                        try {
                            world.run(new PaymentMethodRequest.Attach(world.methods.get(m),
                                    world.customers.get(c).value()));
                        } catch (InvalidRequestException refused) {
                            assertThat(world.stored(world.methods.get(m)).usage()).isNotEqualTo(PaymentMethodUsage.NEW);
                        }
                    }));
        }
    }

    static final class Detach implements Action.Dependent<World> {
        @Override
        public boolean precondition(World w) {
            return !w.methods.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World w) {
            return Arbitraries.integers().between(0, w.methods.size() - 1).map(m -> Transformer.mutate("detach #" + m,
                    world -> {
                        PaymentMethodId id = world.methods.get(m);
                        boolean attached = world.stored(id).usage() == PaymentMethodUsage.ATTACHED;
                        try {
                            world.run(new PaymentMethodRequest.Detach(id));
                            assertThat(attached).isTrue();
                            assertThat(world.stored(id).usage()).isEqualTo(PaymentMethodUsage.DETACHED);
                        } catch (InvalidRequestException refused) {
                            assertThat(attached).isFalse();
                        }
                    }));
        }
    }

    /** Charges a method for a customer, on or off session, and checks the outcome against the stored state. */
    static final class Charge implements Action.Dependent<World> {
        @Override
        public boolean precondition(World w) {
            return !w.methods.isEmpty() && !w.customers.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World w) {
            return Combinators.combine(Arbitraries.integers().between(0, w.methods.size() - 1),
                    Arbitraries.integers().between(0, w.customers.size() - 1), Arbitraries.of(true, false))
                    .as((m, c, offSession) -> Transformer.mutate("charge #" + m + " for #" + c
                            + (offSession ? " off session" : " on session"), world -> {
                        PaymentMethodId id = world.methods.get(m);
                        String number = world.numbers.get(id);
                        PaymentMethod before = world.stored(id);
                        world.charges++;
                        PaymentIntentStatus status;
                        try {
                            PaymentIntent pi = world.engine.create(CreateParams.builder(1200, "usd")
                                    .customer(world.customers.get(c).value()).paymentMethod(id.value()).confirm(true)
                                    .offSession(offSession).build());
                            status = pi.status();
                        } catch (CardException declined) {
                            status = declined.paymentIntent().orElseThrow().status();
                        } catch (InvalidRequestException refused) {
                            status = null;
                        }
                        if (before.usage().spent()) {
                            assertThat(status).as("a %s method is never charged", before.usage()).isNull();
                        }
                        if (status == PaymentIntentStatus.SUCCEEDED) {
                            assertThat(before.usage().spent()).isFalse();
                            if (offSession) {
                                assertThat(number).isNotIn("4000002760003184", "4000000000000341");
                                if (number.equals("4000002500003155")) {
                                    assertThat(before.setUpFor()).as("off-session charge of a card not set up")
                                            .isEqualTo(SetupFutureUsage.OFF_SESSION);
                                }
                            }
                        }
                        if (offSession && status != null && number.equals("4000002500003155")) {
                            boolean setUp = before.setUpFor() == SetupFutureUsage.OFF_SESSION;
                            assertThat(status).isEqualTo(setUp ? PaymentIntentStatus.SUCCEEDED
                                    : PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
                        }
                    }));
        }
    }
}
