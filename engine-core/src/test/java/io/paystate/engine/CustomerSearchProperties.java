package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.Customer;
import io.paystate.model.CustomerId;
import io.paystate.spi.IdGenerator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random customers (some deleted) and a random query: following {@code next_page} with any page
 * size visits exactly the live customers the query matches, newest first, each once, and
 * {@code total_count} counts them. The matches are decided here from the customers' fields, not by
 * the engine's filter.
 */
final class CustomerSearchProperties {
    private static final String[] NAMES = {"Jenny Rosen", "jenny ROSEN", "Max Mustermann", "Erika", ""};
    private static final String[] DOMAINS = {"example.com", "Example.org", "shop.example.com"};

    private record Query(String text, java.util.function.Predicate<Customer> matches) {}

    private static Query query(int pick) {
        return switch (pick % 6) {
            case 0 -> new Query("name~\"rosen\"", c -> c.name() != null
                    && c.name().toLowerCase(Locale.ROOT).contains("rosen"));
            case 1 -> new Query("email:\"c1@example.com\"", c -> "c1@example.com".equalsIgnoreCase(c.email()));
            case 2 -> new Query("-email~\"example.com\"", c -> c.email() == null
                    || !c.email().toLowerCase(Locale.ROOT).contains("example.com"));
            case 3 -> new Query("metadata[\"tier\"]:\"gold\" OR name:null", c -> "gold".equals(c.metadata().get("tier"))
                    || c.name() == null);
            case 4 -> new Query("created>" + (TestClock.START.getEpochSecond() + 3) + " AND -metadata[\"tier\"]:null",
                    c -> c.created().getEpochSecond() > TestClock.START.getEpochSecond() + 3
                            && c.metadata().containsKey("tier"));
            default -> new Query("phone:null", c -> c.phone() == null);
        };
    }

    @Property(tries = 60)
    void pages_visitExactlyTheLiveMatches_newestFirst(
            @ForAll @Size(min = 0, max = 25) List<@IntRange(min = 0, max = 999) Integer> customers,
            @ForAll @IntRange(min = 0, max = 5) int pick, @ForAll @IntRange(min = 1, max = 7) int limit) {
        TestClock clock = new TestClock();
        PaymentEngine engine = PaymentEngine.builder().clock(clock).idGenerator(IdGenerator.seeded(customers.hashCode()))
                .build();
        List<Customer> live = new ArrayList<>();
        int n = 0;
        for (int seed : customers) {
            clock.advanceSeconds(seed % 2);
            String name = NAMES[seed % NAMES.length];
            CustomerParams.Builder b = CustomerParams.builder().email("c" + (seed % 4) + "@" + DOMAINS[seed % 3]);
            if (!name.isEmpty()) {
                b.name(name);
            }
            if (seed % 3 != 0) {
                b.metadata("tier", seed % 3 == 1 ? "gold" : "silver");
            }
            Customer c = engine.execute(new CustomerRequest.Create(b.build()), RequestOptions.none()).body();
            if (seed % 7 == 0) {
                engine.execute(new CustomerRequest.Delete(c.id()), RequestOptions.none());
            } else {
                live.add(0, c); // newest first: created in order, equal seconds broken by creation order
            }
            n++;
        }
        Query q = query(pick);
        List<CustomerId> expected = live.stream().filter(q.matches()).map(Customer::id).toList();

        List<CustomerId> visited = new ArrayList<>();
        Set<CustomerId> unique = new LinkedHashSet<>();
        String page = null;
        Long total = null;
        for (int guard = 0; guard <= n + 1; guard++) {
            CustomerSearchResult result = engine.execute(new CustomerRequest.Search(new SearchParams(q.text(), limit,
                    page, page == null)), RequestOptions.none()).body();
            if (page == null) {
                total = result.totalCount();
            }
            result.data().forEach(c -> {
                visited.add(c.id());
                unique.add(c.id());
            });
            assertThat(result.data()).hasSizeLessThanOrEqualTo(limit);
            page = result.nextPage();
            if (page == null) {
                assertThat(result.hasMore()).isFalse();
                break;
            }
        }
        assertThat(visited).as(q.text()).containsExactlyElementsOf(expected);
        assertThat(unique).hasSameSizeAs(visited);
        assertThat(total).isEqualTo((long) expected.size());
    }
}
