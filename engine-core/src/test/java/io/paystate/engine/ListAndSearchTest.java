package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.CaptureMethod;
import io.paystate.model.ErrorCode;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IdGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ListAndSearchTest {
    private final TestClock clock = new TestClock();
    private final PaymentEngine engine = PaymentEngine.builder()
                .customerStore(TestCustomers.with("cus_1", "cus_ABC")).clock(clock).processor(new ScriptedProcessor())
            .idGenerator(IdGenerator.seeded(21)).build();

    private PaymentIntent create(long amount, String customer) {
        return engine.create(CreateParams.builder(amount, "usd").customer(customer).build());
    }

    private static List<PaymentIntentId> ids(List<PaymentIntent> intents) {
        return intents.stream().map(PaymentIntent::id).toList();
    }

    @Test
    void list_sameSecond_newestCreatedFirst() {
        PaymentIntent a = create(1000, "cus_1");
        PaymentIntent b = create(1000, "cus_1");
        PaymentIntent c = create(1000, "cus_1");
        assertThat(ids(engine.list(ListParams.firstPage()).data())).containsExactly(c.id(), b.id(), a.id());
    }

    @Test
    void list_defaultLimit_isTen() {
        for (int i = 0; i < 12; i++) {
            create(1000, "cus_1");
        }
        PaymentIntentList page = engine.list(ListParams.firstPage());
        assertThat(page.data()).hasSize(10);
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void list_limitOutOfRange_namesLimit() {
        for (int limit : new int[] {0, 101}) {
            assertThatThrownBy(() -> engine.list(new ListParams(limit, null, null, null, null)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains("limit"));
        }
    }

    @Test
    void list_bothCursors_areExclusive() {
        PaymentIntent a = create(1000, "cus_1");
        assertThatThrownBy(() -> engine.list(new ListParams(null, a.id().value(), a.id().value(), null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.PARAMETERS_EXCLUSIVE);
                    assertThat(e.param()).contains("ending_before");
                });
    }

    @Test
    void list_unknownCursor_isResourceMissingNamingTheCursor() {
        assertThatThrownBy(() -> engine.list(new ListParams(null, "pi_nope", null, null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.RESOURCE_MISSING);
                    assertThat(e.param()).contains("starting_after");
                });
        assertThatThrownBy(() -> engine.list(new ListParams(null, null, "garbage", null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.param()).contains("ending_before"));
    }

    @Test
    void list_otherAccountsIntents_areInvisible() {
        create(1000, "cus_1");
        RequestOptions other = RequestOptions.none().withAccount(AccountId.of("acct_2"));
        assertThat(engine.list(ListParams.firstPage(), other).data()).isEmpty();
        assertThat(engine.search(SearchParams.of("currency:\"usd\""), other).data()).isEmpty();
    }

    @Test
    void list_createdFilters_exactAndRanges() {
        PaymentIntent a = create(1000, "cus_1");
        clock.advanceSeconds(10);
        PaymentIntent b = create(1000, "cus_1");
        long t = b.created().getEpochSecond();
        assertThat(ids(engine.list(new ListParams(null, null, null, null,
                new ListParams.CreatedRange(t, null, null, null, null))).data())).containsExactly(b.id());
        assertThat(ids(engine.list(new ListParams(null, null, null, null,
                new ListParams.CreatedRange(null, null, null, null, t - 1))).data())).containsExactly(a.id());
        assertThat(ids(engine.list(new ListParams(null, null, null, null,
                new ListParams.CreatedRange(null, t - 10, null, null, null))).data())).containsExactly(b.id());
    }

    @Test
    void list_overdueHold_isNeverListedInItsOldState() {
        PaymentIntent held = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_ok")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build());
        clock.advanceSeconds(7 * 86400);
        assertThat(engine.list(ListParams.firstPage()).data()).singleElement()
                .satisfies(pi -> assertThat(pi.status().wireName()).isEqualTo("canceled"));
        assertThat(engine.search(SearchParams.of("status:\"requires_capture\"")).data()).isEmpty();
        assertThat(held.id()).isNotNull();
    }

    @Test
    void search_withTotalCount_countsEveryMatchNotJustThePage() {
        for (int i = 0; i < 5; i++) {
            create(1000 + i, "cus_1");
        }
        create(5000, "cus_2");

        SearchResult counted = engine.search(new SearchParams("customer:\"cus_1\"", 2, null).withTotalCount());
        SearchResult plain = engine.search(new SearchParams("customer:\"cus_1\"", 2, null));

        assertThat(counted.data()).hasSize(2);
        assertThat(counted.totalCount()).isEqualTo(5);
        assertThat(plain.totalCount()).isNull();
        assertThat(engine.search(SearchParams.of("amount>9999").withTotalCount()).totalCount()).isZero();
    }

    @Test
    void search_pageToken_ofAnotherQuery_isRejected() {
        for (int i = 0; i < 3; i++) {
            create(1000, "cus_1");
        }
        SearchResult first = engine.search(new SearchParams("currency:\"usd\"", 1, null));
        assertThat(first.nextPage()).isNotNull();
        assertThatThrownBy(() -> engine.search(new SearchParams("amount>1", 1, first.nextPage())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains("page"));
        assertThatThrownBy(() -> engine.search(new SearchParams("currency:\"usd\"", 1, "page_garbage!")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains("page"));
    }

    @Test
    void search_tokenValues_matchCaseInsensitively() {
        PaymentIntent a = create(1000, "cus_ABC");
        assertThat(ids(engine.search(SearchParams.of("customer:\"cus_abc\"")).data())).containsExactly(a.id());
        assertThat(ids(engine.search(SearchParams.of("currency:\"USD\"")).data())).containsExactly(a.id());
    }
}
