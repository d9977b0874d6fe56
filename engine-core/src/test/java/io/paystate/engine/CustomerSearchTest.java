package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.Customer;
import io.paystate.spi.IdGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/customers/search}: Stripe's query language over the customer fields. */
final class CustomerSearchTest {
    private final TestClock clock = new TestClock();
    private final PaymentEngine engine = PaymentEngine.builder().clock(clock).idGenerator(IdGenerator.seeded(23))
            .build();

    private <T> T run(Request<T> request) {
        return engine.execute(request, RequestOptions.none()).body();
    }

    private Customer create(String email, String name, String tier) {
        Customer c = run(new CustomerRequest.Create(CustomerParams.builder().email(email).name(name)
                .metadata("tier", tier).build()));
        clock.advanceSeconds(10);
        return c;
    }

    private CustomerSearchResult search(SearchParams params) {
        return run(new CustomerRequest.Search(params));
    }

    private List<String> names(String query) {
        return search(SearchParams.of(query)).data().stream().map(Customer::name).toList();
    }

    private static void assertBadQuery(Runnable call, String fragment) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.param()).contains("query");
            assertThat(e.getMessage()).contains(fragment);
        });
    }

    private void three() {
        create("jenny.rosen@example.com", "Jenny Rosen", "gold");
        create("max@example.org", "Max Mustermann", "silver");
        create("JENNY@shop.example.com", "Jenny Shop", "gold");
    }

    @Test
    void search_stringFields_exactIsCaseInsensitive_tildeIsASubstring() {
        three();
        assertThat(names("email:\"jenny@SHOP.example.com\"")).containsExactly("Jenny Shop");
        assertThat(names("name~\"jenny\"")).containsExactly("Jenny Shop", "Jenny Rosen");
        assertThat(names("email~\"example.com\" AND -name:\"jenny shop\"")).containsExactly("Jenny Rosen");
        assertThat(names("name:'Max Mustermann' OR metadata[\"tier\"]:\"gold\"")).containsExactly("Jenny Shop",
                "Max Mustermann", "Jenny Rosen");
    }

    @Test
    void search_createdAndMetadata_compareAsStripeDoes() {
        three();
        long second = TestClock.START.getEpochSecond() + 10;
        assertThat(names("created>" + second)).containsExactly("Jenny Shop");
        assertThat(names("created>=" + second + " created<\"" + (second + 10) + "\"")).containsExactly("Max Mustermann");
        assertThat(names("metadata['tier']:'gold'")).containsExactly("Jenny Shop", "Jenny Rosen");
        assertThat(names("-metadata[\"tier\"]:null")).hasSize(3);
        assertThat(names("metadata[\"tier\"]:\"GOLD\"")).isEmpty();
    }

    @Test
    void search_phone_exactSubstringAndNull() {
        three();
        run(new CustomerRequest.Create(CustomerParams.builder().name("Phoned").phone("+49 30 1234").build()));
        assertThat(names("phone:null")).hasSize(3);
        assertThat(names("phone:\"+49 30 1234\"")).containsExactly("Phoned");
        assertThat(names("phone~\"30 12\"")).containsExactly("Phoned");
        assertThat(names("phone:\"+4930\"")).isEmpty();
    }

    @Test
    void create_phoneLongerThanStripeAllows_isRefusedNamingIt() {
        assertThatThrownBy(() -> run(new CustomerRequest.Create(CustomerParams.builder().phone("1".repeat(21))
                .build()))).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.param()).contains("phone"));
    }

    @Test
    void search_deletedCustomer_neverAppears() {
        three();
        Customer gone = search(SearchParams.of("name:\"Max Mustermann\"")).data().get(0);
        run(new CustomerRequest.Delete(gone.id()));
        assertThat(names("created>0")).containsExactly("Jenny Shop", "Jenny Rosen");
        assertThat(names("email:null OR name:null")).isEmpty();
    }

    @Test
    void search_pages_followNextPageAndCountOnRequest() {
        for (int i = 0; i < 5; i++) {
            create("c" + i + "@example.com", "Customer " + i, "gold");
        }
        CustomerSearchResult first = search(new SearchParams("metadata[\"tier\"]:\"gold\"", 2, null).withTotalCount());
        assertThat(first.data()).extracting(Customer::name).containsExactly("Customer 4", "Customer 3");
        assertThat(first.hasMore()).isTrue();
        assertThat(first.totalCount()).isEqualTo(5L);
        CustomerSearchResult second = search(new SearchParams("metadata[\"tier\"]:\"gold\"", 2, first.nextPage()));
        assertThat(second.data()).extracting(Customer::name).containsExactly("Customer 2", "Customer 1");
        assertThat(second.totalCount()).isNull();
        CustomerSearchResult last = search(new SearchParams("metadata[\"tier\"]:\"gold\"", 2, second.nextPage()));
        assertThat(last.data()).extracting(Customer::name).containsExactly("Customer 0");
        assertThat(last.hasMore()).isFalse();
        assertThat(last.nextPage()).isNull();
    }

    @Test
    void search_pageTokenOfAnotherQueryOrOfAnIntentSearch_isRefusedOnPage() {
        for (int i = 0; i < 3; i++) {
            create("c" + i + "@example.com", "Customer " + i, "gold");
            engine.create(CreateParams.builder(1000, "usd").build());
        }
        String token = search(new SearchParams("created>0", 1, null)).nextPage();
        String intentToken = engine.search(new SearchParams("created>0", 1, null)).nextPage();
        for (SearchParams bad : List.of(new SearchParams("name~\"cus\"", 1, token),
                new SearchParams("created>0", 1, intentToken), new SearchParams("created>0", 1, "page_nope"))) {
            assertThatThrownBy(() -> search(bad)).isInstanceOfSatisfying(InvalidRequestException.class,
                    e -> assertThat(e.param()).contains("page"));
        }
    }

    @Test
    void search_badQueries_nameQueryAndSayWhere() {
        assertBadQuery(() -> search(SearchParams.of("description:\"x\"")), "unknown field 'description'");
        assertBadQuery(() -> search(SearchParams.of("name~\"ab\"")), "at least 3 characters");
        assertBadQuery(() -> search(SearchParams.of("email>\"a\"")), "email is a string field");
        assertBadQuery(() -> search(SearchParams.of("created~\"123\"")), "~ operator is not supported for created");
        assertBadQuery(() -> search(SearchParams.of("name:jenny")), "must be quoted");
        assertBadQuery(() -> search(SearchParams.of("name:\"a\" name:\"b\" OR name:\"c\"")), "cannot be mixed");
        assertBadQuery(() -> search(SearchParams.of("")), "empty");
        assertThatThrownBy(() -> search(new SearchParams("created>0", 101, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains("limit"));
    }
}
