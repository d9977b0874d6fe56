package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.Customer;
import io.paystate.model.CustomerId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.LoggedPaymentMethodEvent;
import io.paystate.spi.PaymentMethodData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Random sequences over customers, saved payment methods and intents, against a model of Stripe's
 * reuse rules: a payment succeeds exactly when the model allows the method (never once detached or
 * spent, only for its own customer once attached); each method's events are gap-free from 1.
 */
final class PaymentMethodSequenceProperties {

    /** The model's view of one method. */
    private static final class Model {
        PaymentMethodUsage usage = PaymentMethodUsage.NEW;
        @Nullable CustomerId customer;
        int events;
    }

    @Property(tries = 60)
    void randomRequests_followTheReuseRules(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 999) Integer> steps) {
        InMemoryPaymentMethodStore store = new InMemoryPaymentMethodStore();
        PaymentEngine engine = PaymentEngine.builder().clock(new TestClock()).paymentMethodStore(store).requireKnownCustomers()
                .idGenerator(IdGenerator.seeded(steps.hashCode())).build();
        List<CustomerId> customers = new ArrayList<>();
        List<PaymentMethodId> methods = new ArrayList<>();
        Map<PaymentMethodId, Model> model = new HashMap<>();
        for (int step : steps) {
            int action = step % 5;
            if (action == 0 || methods.isEmpty()) {
                PaymentMethod pm = engine.execute(new PaymentMethodRequest.Create(new PaymentMethodData("card",
                        Map.of("number", "4242424242424242")), Map.of()), RequestOptions.none()).body();
                methods.add(pm.id());
                model.put(pm.id(), new Model());
                continue;
            }
            if (action == 1 || customers.isEmpty()) {
                Customer c = engine.execute(new CustomerRequest.Create(CustomerParams.none()), RequestOptions.none())
                        .body();
                customers.add(c.id());
                continue;
            }
            PaymentMethodId id = methods.get(step / 5 % methods.size());
            Model m = model.get(id);
            CustomerId customer = step / 50 % 3 == 0 ? null : customers.get(step / 5 % customers.size());
            switch (action) {
                case 2 -> {
                    boolean allowed = customer != null && (m.usage == PaymentMethodUsage.NEW
                            || (m.usage == PaymentMethodUsage.ATTACHED && customer.equals(m.customer)));
                    boolean ok = succeeds(() -> engine.execute(new PaymentMethodRequest.Attach(id,
                            customer == null ? "" : customer.value()), RequestOptions.none()));
                    assertThat(ok).isEqualTo(allowed);
                    if (ok && m.usage == PaymentMethodUsage.NEW) {
                        m.usage = PaymentMethodUsage.ATTACHED;
                        m.customer = customer;
                        m.events++;
                    }
                }
                case 3 -> {
                    boolean ok = succeeds(() -> engine.execute(new PaymentMethodRequest.Detach(id),
                            RequestOptions.none()));
                    assertThat(ok).isEqualTo(m.usage == PaymentMethodUsage.ATTACHED);
                    if (ok) {
                        m.usage = PaymentMethodUsage.DETACHED;
                        m.customer = null;
                        m.events++;
                    }
                }
                default -> {
                    boolean allowed = m.usage == PaymentMethodUsage.NEW
                            || (m.usage == PaymentMethodUsage.ATTACHED && m.customer != null
                                    && m.customer.equals(customer));
                    CreateParams.Builder b = CreateParams.builder(1000, "usd").paymentMethod(id.value()).confirm(true);
                    if (customer != null) {
                        b.customer(customer.value());
                    }
                    boolean charged = succeeds(() -> assertThat(engine.create(b.build()).status())
                            .isEqualTo(PaymentIntentStatus.SUCCEEDED));
                    assertThat(charged).as("charge with %s in %s", id, m.usage).isEqualTo(allowed);
                    if (charged && m.usage == PaymentMethodUsage.NEW) {
                        m.usage = PaymentMethodUsage.CONSUMED;
                    }
                }
            }
            PaymentMethod stored = engine.execute(new PaymentMethodRequest.Retrieve(id), RequestOptions.none()).body();
            assertThat(stored.usage()).isEqualTo(m.usage);
            assertThat(stored.customer()).isEqualTo(m.customer);
        }
        Map<PaymentMethodId, List<Long>> sequences = new HashMap<>();
        for (PaymentMethodEvent e : store.readLog(0, 10_000).stream().map(LoggedPaymentMethodEvent::event).toList()) {
            sequences.computeIfAbsent(e.paymentMethod().id(), k -> new ArrayList<>()).add(e.sequence());
        }
        model.forEach((id, m) -> assertThat(sequences.getOrDefault(id, List.of()))
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, m.events).boxed().toList()));
    }

    private static boolean succeeds(Runnable call) {
        try {
            call.run();
            return true;
        } catch (InvalidRequestException e) {
            return false;
        }
    }
}
