package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.Customer;
import io.paystate.model.CustomerEvent;
import io.paystate.model.CustomerEventType;
import io.paystate.model.CustomerId;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.LoggedCustomerEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of customer and intent requests keep the invariants: an intent is created or
 * updated with a customer exactly when that customer is live; every customer's events are gap-free
 * from 1, one per change, ending with {@code customer.deleted} for a deleted one; the list shows
 * exactly the live customers, newest first.
 */
final class CustomerSequenceProperties {

    @Property(tries = 60)
    void randomRequests_keepCustomerInvariants(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 99) Integer> steps) {
        TestClock clock = new TestClock();
        InMemoryCustomerStore store = new InMemoryCustomerStore();
        PaymentEngine engine = PaymentEngine.builder().clock(clock).customerStore(store).requireKnownCustomers()
                .processor(new ScriptedProcessor()).idGenerator(IdGenerator.seeded(steps.hashCode())).build();
        List<CustomerId> known = new ArrayList<>();
        Map<CustomerId, Boolean> live = new LinkedHashMap<>();
        Map<CustomerId, Integer> changes = new HashMap<>();
        int names = 0;
        for (int step : steps) {
            String name = "n" + names++; // every update changes the name, so each emits its event
            int action = step % 5;
            CustomerId target = known.isEmpty() || step / 5 % 4 == 3 ? CustomerId.of("cus_unknown" + step)
                    : known.get(step / 5 % known.size());
            boolean isLive = live.getOrDefault(target, false);
            switch (action) {
                case 0 -> {
                    clock.advanceSeconds(step % 2);
                    Customer c = engine.execute(new CustomerRequest.Create(CustomerParams.builder()
                            .name(name).build()), RequestOptions.none()).body();
                    known.add(c.id());
                    live.put(c.id(), true);
                    changes.put(c.id(), 1);
                }
                case 1 -> {
                    boolean ok = succeeds(() -> engine.execute(new CustomerRequest.Update(target,
                            CustomerParams.builder().name(name).build()), RequestOptions.none()));
                    assertThat(ok).isEqualTo(isLive);
                    if (ok) {
                        changes.merge(target, 1, Integer::sum);
                    }
                }
                case 2 -> {
                    boolean ok = succeeds(() -> engine.execute(new CustomerRequest.Delete(target),
                            RequestOptions.none()));
                    assertThat(ok).isEqualTo(isLive);
                    if (ok) {
                        live.put(target, false);
                        changes.merge(target, 1, Integer::sum);
                    }
                }
                default -> {
                    boolean ok = succeeds(() -> engine.create(CreateParams.builder(1000, "usd")
                            .customer(target.value()).build()));
                    assertThat(ok).as("intent for %s (live: %s)", target, isLive).isEqualTo(isLive);
                }
            }
        }
        Map<CustomerId, List<CustomerEvent>> events = new HashMap<>();
        for (LoggedCustomerEvent e : store.readLog(0, 10_000)) {
            events.computeIfAbsent(e.event().customerId(), k -> new ArrayList<>()).add(e.event());
        }
        for (CustomerId id : known) {
            List<CustomerEvent> own = events.getOrDefault(id, List.of());
            assertThat(own).extracting(CustomerEvent::sequence)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, changes.get(id)).boxed()
                            .toList());
            assertThat(own.get(0).type()).isEqualTo(CustomerEventType.CUSTOMER_CREATED);
            assertThat(own.get(own.size() - 1).type() == CustomerEventType.CUSTOMER_DELETED).isEqualTo(!live.get(id));
        }
        List<CustomerId> expected = new ArrayList<>();
        live.forEach((id, isLive) -> {
            if (isLive) {
                expected.add(0, id);
            }
        });
        List<CustomerId> listed = engine.execute(new CustomerRequest.List(new CustomerListParams(100, null, null,
                null)), RequestOptions.none()).body().data().stream().map(Customer::id).toList();
        assertThat(listed).containsExactlyElementsOf(expected);
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
