package io.paystate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Customer;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.StripeSearchResult;
import com.stripe.net.ApiResource;
import com.stripe.net.RequestOptions;
import com.stripe.param.ChargeListParams;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerSearchParams;
import com.stripe.param.EventListParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentIncrementAuthorizationParams;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.PaymentIntentSearchParams;
import com.stripe.param.PaymentIntentUpdateParams;
import com.stripe.param.PaymentMethodCreateParams;
import com.stripe.param.PaymentMethodUpdateParams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The official client against the server: every PaymentIntents endpoint, charges, events, idempotency,
 * updating a payment method and searching customers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StripeJavaEndToEndTest {
    private TestServer server;
    private StripeClient stripe;

    @BeforeAll
    void start() {
        server = new TestServer();
        stripe = server.stripe();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static PaymentIntentCreateParams.Builder visa(long amount) {
        return PaymentIntentCreateParams.builder().setAmount(amount).setCurrency("usd")
                .addPaymentMethodType("card").setPaymentMethod("pm_card_visa");
    }

    @Test
    void create_confirmedVisa_succeedsWithItsChargeExpandedListedAndRetrievable() throws StripeException {
        PaymentIntent pi = stripe.v1().paymentIntents().create(visa(1000).setConfirm(true).putMetadata("order", "42")
                .addExpand("latest_charge").build());

        assertThat(pi.getStatus()).isEqualTo("succeeded");
        assertThat(pi.getMetadata()).containsEntry("order", "42");
        assertThat(pi.getLatestChargeObject().getAmountCaptured()).isEqualTo(1000L);
        assertThat(pi.getLastResponse().requestId()).startsWith("req_");
        String chargeId = pi.getLatestChargeObject().getId();
        Charge charge = stripe.v1().charges().retrieve(chargeId);
        assertThat(charge.getPaymentIntent()).isEqualTo(pi.getId());
        List<Charge> charges = stripe.v1().charges()
                .list(ChargeListParams.builder().setPaymentIntent(pi.getId()).build()).getData();
        assertThat(charges).extracting(Charge::getId).containsExactly(chargeId);
    }

    @Test
    void confirm_declinedCard_throwsCardExceptionWithDeclineCodeAndIntent() throws StripeException {
        PaymentIntent pi = stripe.v1().paymentIntents().create(visa(1000).build());

        assertThatThrownBy(() -> stripe.v1().paymentIntents().confirm(pi.getId(), PaymentIntentConfirmParams.builder()
                .setPaymentMethod("pm_card_chargeDeclinedInsufficientFunds").build()))
                .isInstanceOfSatisfying(CardException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(402);
                    assertThat(e.getCode()).isEqualTo("card_declined");
                    assertThat(e.getDeclineCode()).isEqualTo("insufficient_funds");
                    assertThat(e.getStripeError().getPaymentIntent().getStatus()).isEqualTo("requires_payment_method");
                    assertThat(e.getRequestId()).startsWith("req_");
                });
    }

    @Test
    void completeAction_after3dsChallenge_succeeds() throws StripeException {
        PaymentIntent pi = stripe.v1().paymentIntents().create(PaymentIntentCreateParams.builder().setAmount(2500L)
                .setCurrency("eur").setPaymentMethod("pm_card_threeDSecure2Required").setConfirm(true).build());
        assertThat(pi.getStatus()).isEqualTo("requires_action");
        assertThat(pi.getNextAction().getType()).isEqualTo("use_stripe_sdk");

        stripe.rawRequest(ApiResource.RequestMethod.POST,
                "/v1/test_helpers/payment_intents/" + pi.getId() + "/complete_action", "outcome=success");

        assertThat(stripe.v1().paymentIntents().retrieve(pi.getId()).getStatus()).isEqualTo("succeeded");
    }

    @Test
    void capture_manualIntent_capturesPartlyAndReleasesTheRest() throws StripeException {
        PaymentIntent pi = stripe.v1().paymentIntents().create(visa(3000).setConfirm(true)
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL).build());
        assertThat(pi.getStatus()).isEqualTo("requires_capture");

        PaymentIntent captured = stripe.v1().paymentIntents().capture(pi.getId(),
                PaymentIntentCaptureParams.builder().setAmountToCapture(2000L).build());

        assertThat(captured.getStatus()).isEqualTo("succeeded");
        assertThat(captured.getAmountReceived()).isEqualTo(2000L);
    }

    @Test
    void cancel_heldAuthorization_cancelsWithReason() throws StripeException {
        PaymentIntent pi = stripe.v1().paymentIntents().create(visa(3000).setConfirm(true)
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL).build());

        PaymentIntent canceled = stripe.v1().paymentIntents().cancel(pi.getId(),
                com.stripe.param.PaymentIntentCancelParams.builder()
                        .setCancellationReason(com.stripe.param.PaymentIntentCancelParams.CancellationReason.ABANDONED)
                        .build());

        assertThat(canceled.getStatus()).isEqualTo("canceled");
        assertThat(canceled.getCancellationReason()).isEqualTo("abandoned");
    }

    @Test
    void incrementAuthorization_incrementalHold_raisesTheAmount() throws StripeException {
        PaymentIntent pi = stripe.v1().paymentIntents().create(visa(1000).setConfirm(true)
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .setPaymentMethodOptions(PaymentIntentCreateParams.PaymentMethodOptions.builder()
                        .setCard(PaymentIntentCreateParams.PaymentMethodOptions.Card.builder()
                                .setRequestIncrementalAuthorization(PaymentIntentCreateParams.PaymentMethodOptions.Card
                                        .RequestIncrementalAuthorization.IF_AVAILABLE)
                                .build())
                        .build())
                .build());

        PaymentIntent raised = stripe.v1().paymentIntents().incrementAuthorization(pi.getId(),
                PaymentIntentIncrementAuthorizationParams.builder().setAmount(1500L).build());

        assertThat(raised.getAmount()).isEqualTo(1500L);
        assertThat(raised.getAmountCapturable()).isEqualTo(1500L);
    }

    @Test
    void update_metadata_isShownOnRetrieve() throws StripeException {
        PaymentIntent pi = stripe.v1().paymentIntents().create(visa(1000).build());

        stripe.v1().paymentIntents().update(pi.getId(), PaymentIntentUpdateParams.builder()
                .putMetadata("step", "two").setDescription("updated").build());

        PaymentIntent read = stripe.v1().paymentIntents().retrieve(pi.getId());
        assertThat(read.getMetadata()).containsEntry("step", "two");
        assertThat(read.getDescription()).isEqualTo("updated");
    }

    @Test
    void list_autoPagingIterable_visitsEveryIntentOfTheAccount() throws StripeException {
        StripeClient own = server.stripe(TestServer.OTHER_KEY);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(own.v1().paymentIntents().create(visa(100 + i).build()).getId());
            server.clock.advanceSeconds(1);
        }

        List<String> seen = new ArrayList<>();
        own.v1().paymentIntents().list(PaymentIntentListParams.builder().setLimit(2L).build())
                .autoPagingIterable().forEach(pi -> seen.add(pi.getId()));

        assertThat(seen).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void search_limitedPages_followNextPageToTheEnd() throws StripeException {
        String tag = "search-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            stripe.v1().paymentIntents().create(visa(700).putMetadata("tag", tag).build());
        }
        String query = "metadata[\"tag\"]:\"" + tag + "\"";

        StripeSearchResult<PaymentIntent> first = stripe.v1().paymentIntents()
                .search(PaymentIntentSearchParams.builder().setQuery(query).setLimit(2L).build());
        StripeSearchResult<PaymentIntent> second = stripe.v1().paymentIntents().search(PaymentIntentSearchParams
                .builder().setQuery(query).setLimit(2L).setPage(first.getNextPage()).build());

        assertThat(first.getData()).hasSize(2);
        assertThat(first.getHasMore()).isTrue();
        assertThat(second.getData()).hasSize(1);
        assertThat(second.getHasMore()).isFalse();
    }

    @Test
    void create_sameIdempotencyKey_replaysTheFirstResultWithTheHeader() throws StripeException {
        RequestOptions key = RequestOptions.builder().setIdempotencyKey("order-" + System.nanoTime()).build();

        PaymentIntent first = stripe.v1().paymentIntents().create(visa(1200).build(), key);
        PaymentIntent again = stripe.v1().paymentIntents().create(visa(1200).build(), key);

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(first.getLastResponse().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.getLastResponse().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThatThrownBy(() -> stripe.v1().paymentIntents().create(visa(9999).build(), key))
                .isInstanceOfSatisfying(com.stripe.exception.IdempotencyException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(400));
    }

    @Test
    void events_listAndRetrieve_showTheIntentsEvents() throws StripeException {
        PaymentIntent pi = stripe.v1().paymentIntents().create(visa(1300).setConfirm(true).build());

        List<Event> events = stripe.v1().events().list(EventListParams.builder().setType("payment_intent.succeeded")
                .setLimit(100L).build()).getData();
        Event mine = events.stream().filter(e -> e.getDataObjectDeserializer().getObject()
                .map(o -> ((PaymentIntent) o).getId().equals(pi.getId())).orElse(false)).findFirst().orElseThrow();
        Event retrieved = stripe.v1().events().retrieve(mine.getId());

        assertThat(retrieved.getType()).isEqualTo("payment_intent.succeeded");
        assertThat(retrieved.getPendingWebhooks()).isZero();
        assertThat(retrieved.getDataObjectDeserializer().getObject()).get()
                .isInstanceOfSatisfying(PaymentIntent.class, p -> assertThat(p.getId()).isEqualTo(pi.getId()));
    }

    @Test
    void retrieve_anotherAccountsIntent_isNotFound() throws StripeException {
        PaymentIntent pi = stripe.v1().paymentIntents().create(visa(1000).setConfirm(true).build());
        StripeClient other = server.stripe(TestServer.OTHER_KEY);

        assertThatThrownBy(() -> other.v1().paymentIntents().retrieve(pi.getId()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getCode()).isEqualTo("resource_missing");
                });
        assertThatThrownBy(() -> other.v1().charges().retrieve(pi.getLatestCharge()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getMessage()).doesNotContain(pi.getId());
                });
    }

    @Test
    void clientSecret_publishableKey_retrievesAndConfirmsButCannotList() throws StripeException {
        PaymentIntent pi = stripe.v1().paymentIntents().create(visa(1000).build());
        StripeClient browser = server.stripe(ApiKeys.DEFAULT_PUBLISHABLE_KEY);

        PaymentIntent read = browser.v1().paymentIntents().retrieve(pi.getId(),
                com.stripe.param.PaymentIntentRetrieveParams.builder().setClientSecret(pi.getClientSecret()).build());
        PaymentIntent confirmed = browser.v1().paymentIntents().confirm(pi.getId(),
                PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa")
                        .putExtraParam("client_secret", pi.getClientSecret()).build());

        assertThat(read.getId()).isEqualTo(pi.getId());
        assertThat(confirmed.getStatus()).isEqualTo("succeeded");
        assertThatThrownBy(() -> browser.v1().paymentIntents().list(PaymentIntentListParams.builder().build()))
                .isInstanceOfSatisfying(com.stripe.exception.AuthenticationException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(401));
    }

    @Test
    void clientSecret_publishableKey_retrievesAndConfirmsASetupIntentShowingItsPublishableView()
            throws StripeException {
        com.stripe.model.Customer customer = stripe.v1().customers().create(
                com.stripe.param.CustomerCreateParams.builder().build());
        com.stripe.model.SetupIntent si = stripe.v1().setupIntents().create(
                com.stripe.param.SetupIntentCreateParams.builder().setCustomer(customer.getId())
                        .setDescription("kept on the server").putMetadata("order", "42").build());
        StripeClient browser = server.stripe(ApiKeys.DEFAULT_PUBLISHABLE_KEY);

        com.stripe.model.SetupIntent read = browser.v1().setupIntents().retrieve(si.getId(),
                com.stripe.param.SetupIntentRetrieveParams.builder().setClientSecret(si.getClientSecret()).build());
        com.stripe.model.SetupIntent confirmed = browser.v1().setupIntents().confirm(si.getId(),
                com.stripe.param.SetupIntentConfirmParams.builder().setPaymentMethod("pm_card_visa")
                        .putExtraParam("client_secret", si.getClientSecret()).build());

        assertThat(read.getStatus()).isEqualTo("requires_payment_method");
        assertThat(read.getDescription()).isNull();
        assertThat(read.getMetadata()).isEmpty();
        assertThat(confirmed.getStatus()).isEqualTo("succeeded");
        assertThat(confirmed.getPaymentMethod()).startsWith("pm_").isNotEqualTo("pm_card_visa");
        assertThat(stripe.v1().setupIntents().retrieve(si.getId()).getMetadata()).containsEntry("order", "42");
        assertThatThrownBy(() -> browser.v1().setupIntents().retrieve(si.getId(),
                com.stripe.param.SetupIntentRetrieveParams.builder().setClientSecret(si.getId() + "_secret_wrong")
                        .build()))
                .isInstanceOfSatisfying(com.stripe.exception.InvalidRequestException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(404));
        assertThatThrownBy(() -> browser.v1().setupIntents().update(si.getId(),
                com.stripe.param.SetupIntentUpdateParams.builder().setDescription("x").build()))
                .isInstanceOfSatisfying(com.stripe.exception.AuthenticationException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(401));
    }

    private PaymentMethod card() throws StripeException {
        return stripe.v1().paymentMethods().create(PaymentMethodCreateParams.builder()
                .setType(PaymentMethodCreateParams.Type.CARD)
                .setCard(PaymentMethodCreateParams.CardDetails.builder().setNumber("4242424242424242")
                        .setExpMonth(9L).setExpYear(2040L).setCvc("123").build())
                .setBillingDetails(PaymentMethodCreateParams.BillingDetails.builder().setName("Jenny Rosen")
                        .setEmail("jenny@example.com").build())
                .build());
    }

    @Test
    void updatePaymentMethod_expiryBillingDetailsAndRedisplay_areKept() throws StripeException {
        PaymentMethod pm = card();
        assertThat(pm.getCard().getExpMonth()).isEqualTo(9L);

        PaymentMethod updated = stripe.v1().paymentMethods().update(pm.getId(), PaymentMethodUpdateParams.builder()
                .setCard(PaymentMethodUpdateParams.Card.builder().setExpMonth(4L).setExpYear(2041L).build())
                .setBillingDetails(PaymentMethodUpdateParams.BillingDetails.builder().setPhone("+49 30 1234")
                        .setAddress(PaymentMethodUpdateParams.BillingDetails.Address.builder().setCity("Berlin")
                                .build()).build())
                .setAllowRedisplay(PaymentMethodUpdateParams.AllowRedisplay.ALWAYS)
                .putMetadata("k", "v").build());

        assertThat(updated.getCard().getExpMonth()).isEqualTo(4L);
        assertThat(updated.getCard().getExpYear()).isEqualTo(2041L);
        assertThat(updated.getBillingDetails().getName()).isEqualTo("Jenny Rosen");
        assertThat(updated.getBillingDetails().getPhone()).isEqualTo("+49 30 1234");
        assertThat(updated.getBillingDetails().getAddress().getCity()).isEqualTo("Berlin");
        assertThat(updated.getAllowRedisplay()).isEqualTo("always");
        assertThat(stripe.v1().paymentMethods().retrieve(pm.getId()).getCard().getExpYear()).isEqualTo(2041L);
    }

    @Test
    void updatePaymentMethod_pastExpiry_isStripesCardError() throws StripeException {
        PaymentMethod pm = card();
        assertThatThrownBy(() -> stripe.v1().paymentMethods().update(pm.getId(), PaymentMethodUpdateParams.builder()
                .setCard(PaymentMethodUpdateParams.Card.builder().setExpYear(2001L).build()).build()))
                .isInstanceOfSatisfying(CardException.class, e -> {
                    assertThat(e.getCode()).isEqualTo("invalid_expiry_year");
                    assertThat(e.getParam()).isEqualTo("exp_year");
                });
        assertThat(stripe.v1().paymentMethods().retrieve(pm.getId()).getCard().getExpYear()).isEqualTo(2040L);
    }

    @Test
    void searchCustomers_limitedPages_followNextPageToTheEnd() throws StripeException {
        String tag = "search-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            stripe.v1().customers().create(CustomerCreateParams.builder().setName("Jenny " + i)
                    .setEmail("jenny" + i + "@example.com").putMetadata("tag", tag).build());
        }
        String query = "metadata[\"tag\"]:\"" + tag + "\" AND name~\"jenny\"";

        StripeSearchResult<Customer> first = stripe.v1().customers()
                .search(CustomerSearchParams.builder().setQuery(query).setLimit(2L).addExpand("total_count").build());
        StripeSearchResult<Customer> second = stripe.v1().customers().search(CustomerSearchParams.builder()
                .setQuery(query).setLimit(2L).setPage(first.getNextPage()).build());

        assertThat(first.getData()).extracting(Customer::getName).containsExactly("Jenny 2", "Jenny 1");
        assertThat(first.getHasMore()).isTrue();
        assertThat(first.getTotalCount()).isEqualTo(3L);
        assertThat(second.getData()).extracting(Customer::getName).containsExactly("Jenny 0");
        assertThat(second.getHasMore()).isFalse();
        assertThat(stripe.v1().customers().search(CustomerSearchParams.builder()
                .setQuery("email:\"JENNY1@example.com\" AND metadata[\"tag\"]:\"" + tag + "\"").build()).getData())
                .extracting(Customer::getName).containsExactly("Jenny 1");
    }
}
