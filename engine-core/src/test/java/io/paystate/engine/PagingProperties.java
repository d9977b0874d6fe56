package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IdGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Paging through every page returns exactly the filtered set, newest first, without duplicates or
 * gaps, also when intents are created between pages.
 */
final class PagingProperties {

    record Fixture(PaymentEngine engine, TestClock clock, List<PaymentIntent> created) {}

    private static Fixture fixture(List<Integer> spec) {
        TestClock clock = new TestClock();
        PaymentEngine engine = PaymentEngine.builder()
                .customerStore(TestCustomers.with("cus_0", "cus_1", "cus_2")).clock(clock).processor(new ScriptedProcessor())
                .idGenerator(IdGenerator.seeded(spec.hashCode())).build();
        List<PaymentIntent> created = new ArrayList<>();
        for (int s : spec) {
            clock.advanceSeconds(s % 3); // ties within a second happen often
            created.add(engine.create(CreateParams.builder(100 + (s % 5) * 1000, "usd")
                    .customer("cus_" + (s % 3)).build()));
        }
        return new Fixture(engine, clock, created);
    }

    /** The expected order: newest created first, later creation first within a second. */
    private static List<PaymentIntentId> newestFirst(List<PaymentIntent> intents) {
        List<PaymentIntent> copy = new ArrayList<>(intents);
        Collections.reverse(copy); // creation order reversed...
        copy.sort((x, y) -> Long.compare(y.created().getEpochSecond(), x.created().getEpochSecond())); // ...stable
        return copy.stream().map(PaymentIntent::id).toList();
    }

    @Property(tries = 150)
    void list_pagingForward_returnsTheFilteredSetOnceEach(@ForAll @Size(max = 25) List<@IntRange(max = 50) Integer> spec,
            @ForAll @IntRange(min = 1, max = 6) int limit, @ForAll @IntRange(max = 3) int customer,
            @ForAll boolean createBetweenPages) {
        Fixture f = fixture(spec);
        String filter = customer == 3 ? null : "cus_" + customer;
        List<PaymentIntentId> expected = newestFirst(f.created().stream()
                .filter(pi -> filter == null || pi.customer().value().equals(filter)).toList());
        List<PaymentIntentId> seen = new ArrayList<>();
        String after = null;
        for (int guard = 0; guard < 100; guard++) {
            PaymentIntentList page = f.engine().list(new ListParams(limit, after, null, filter, null));
            page.data().forEach(pi -> seen.add(pi.id()));
            if (!page.hasMore()) {
                break;
            }
            after = page.data().get(page.data().size() - 1).id().value();
            if (createBetweenPages) {
                f.engine().create(CreateParams.builder(500, "usd").customer(filter == null ? "cus_0" : filter).build());
            }
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Property(tries = 100)
    void list_pagingBackward_returnsTheFilteredSetOnceEach(@ForAll @Size(min = 1, max = 25) List<@IntRange(max = 50) Integer> spec,
            @ForAll @IntRange(min = 1, max = 6) int limit) {
        Fixture f = fixture(spec);
        List<PaymentIntentId> expected = newestFirst(f.created());
        PaymentIntentId oldest = expected.get(expected.size() - 1);
        List<PaymentIntentId> seen = new ArrayList<>();
        seen.add(oldest);
        String before = oldest.value();
        for (int guard = 0; guard < 100; guard++) {
            PaymentIntentList page = f.engine().list(new ListParams(limit, null, before, null, null));
            List<PaymentIntentId> ids = page.data().stream().map(PaymentIntent::id).toList();
            seen.addAll(0, ids);
            if (!page.hasMore() || ids.isEmpty()) {
                break;
            }
            before = ids.get(0).value();
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Property(tries = 100)
    void search_pagingWithNextPage_returnsTheMatchingSetOnceEach(
            @ForAll @Size(max = 25) List<@IntRange(max = 50) Integer> spec,
            @ForAll @IntRange(min = 1, max = 6) int limit, @ForAll @IntRange(max = 4) int amountBucket) {
        Fixture f = fixture(spec);
        long threshold = 100 + amountBucket * 1000L;
        String query = "amount>=" + threshold + " AND currency:\"usd\"";
        List<PaymentIntentId> expected = newestFirst(f.created().stream().filter(pi -> pi.amount() >= threshold).toList());
        List<PaymentIntentId> seen = new ArrayList<>();
        String page = null;
        for (int guard = 0; guard < 100; guard++) {
            SearchResult result = f.engine().search(new SearchParams(query, limit, page));
            result.data().forEach(pi -> seen.add(pi.id()));
            if (result.nextPage() == null) {
                assertThat(result.hasMore()).isFalse();
                break;
            }
            page = result.nextPage();
            f.engine().create(CreateParams.builder(9000, "usd").build());
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }
}
