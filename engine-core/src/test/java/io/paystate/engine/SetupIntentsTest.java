package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.Customer;
import io.paystate.model.ErrorCode;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.PaymentMethodEventType;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentCancellationReason;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.SetupIntentEventType;
import io.paystate.model.SetupIntentId;
import io.paystate.model.SetupIntentStatus;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.LoggedPaymentMethodEvent;
import io.paystate.spi.PaymentMethodData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SetupIntentsTest {
    private final TestClock clock = new TestClock();
    private final InMemorySetupIntentStore setupStore = new InMemorySetupIntentStore();
    private final InMemoryPaymentMethodStore methodStore = new InMemoryPaymentMethodStore();
    private final PaymentEngine engine = PaymentEngine.builder().clock(clock).setupIntentStore(setupStore)
            .paymentMethodStore(methodStore).idGenerator(IdGenerator.seeded(7)).build();

    private <T> T run(Request<T> request) {
        return engine.execute(request, RequestOptions.none()).body();
    }

    private Customer customer() {
        return run(new CustomerRequest.Create(CustomerParams.none()));
    }

    private PaymentMethod card(String number) {
        return run(new PaymentMethodRequest.Create(new PaymentMethodData("card", Map.of("number", number,
                "exp_month", "12", "exp_year", "2034", "cvc", "123")), Map.of()));
    }

    private SetupIntent setUp(Customer c, PaymentMethod pm) {
        return run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().customer(c.id().value())
                .paymentMethod(pm.id().value()).confirm(true).build()));
    }

    private SetupIntent complete(SetupIntent si, ActionOutcome outcome) {
        return run(new SetupIntentRequest.CompleteAction(si.id(), outcome));
    }

    private PaymentIntent chargeOffSession(Customer c, PaymentMethod pm) {
        return engine.create(CreateParams.builder(1500, "usd").customer(c.id().value()).paymentMethod(pm.id().value())
                .confirm(true).offSession(true).build());
    }

    private PaymentMethod stored(PaymentMethod pm) {
        return run(new PaymentMethodRequest.Retrieve(pm.id()));
    }

    private List<SetupIntentEventType> events(SetupIntentId id) {
        return setupStore.readLog(0, 1000).stream().map(e -> e.event()).filter(e -> e.setupIntentId().equals(id))
                .map(SetupIntentEvent::type).toList();
    }

    private List<Long> sequences(SetupIntentId id) {
        return setupStore.readLog(0, 1000).stream().map(e -> e.event()).filter(e -> e.setupIntentId().equals(id))
                .map(SetupIntentEvent::sequence).toList();
    }

    @Test
    void list_cursorThatCannotBeAnId_isAnUnknownSetupIntentNotAFailure() {
        for (String cursor : new String[] {"   ", "seti_", "seti_   ", "pi_123"}) {
            assertThatThrownBy(() -> run(new SetupIntentRequest.List(
                    new SetupIntentListParams(null, null, null, null, null, cursor, null))))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(400);
                        assertThat(e.param()).contains("starting_after");
                    });
        }
    }

    @Test
    void create_withoutPaymentMethod_requiresPaymentMethodWithStripeDefaults() {
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().metadata("k", "v")
                .description("save for later").build()));
        assertThat(si.id().value()).startsWith("seti_");
        assertThat(si.clientSecret()).startsWith(si.id().value() + "_secret_");
        assertThat(si.status()).isEqualTo(SetupIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(si.usage()).isEqualTo(SetupFutureUsage.OFF_SESSION);
        assertThat(si.paymentMethodTypes()).containsExactly("card");
        assertThat(si.requestThreeDSecure()).isEqualTo(ThreeDSecureRequest.AUTOMATIC);
        assertThat(si.created()).isEqualTo(TestClock.START);
        assertThat(si.metadata()).containsEntry("k", "v");
        assertThat(si.latestAttempt()).isNull();
        assertThat(events(si.id())).containsExactly(SetupIntentEventType.SETUP_INTENT_CREATED);
        assertThat(run(new SetupIntentRequest.Retrieve(si.id()))).isEqualTo(si);
    }

    @Test
    void confirm_fixedTestCardIdForACustomer_savesAStoredCopyChargeableOffSession() {
        Customer c = customer();
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().customer(c.id().value())
                .paymentMethod("pm_card_authenticationRequiredOnSetup").confirm(true).build()));
        assertThat(si.status()).isEqualTo(SetupIntentStatus.REQUIRES_ACTION);
        si = complete(si, ActionOutcome.SUCCESS);
        assertThat(si.status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        PaymentMethodId saved = si.paymentMethod();
        assertThat(saved).isNotNull().isNotEqualTo(PaymentMethodId.of("pm_card_authenticationRequiredOnSetup"));
        PaymentMethod stored = run(new PaymentMethodRequest.Retrieve(saved));
        assertThat(stored.customer()).isEqualTo(c.id());
        assertThat(stored.usage()).isEqualTo(PaymentMethodUsage.ATTACHED);
        assertThat(stored.last4()).isEqualTo("3155");
        assertThat(chargeOffSession(c, stored).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        // the fixed id itself stays a card, not a saved method: off session it still asks to authenticate
        assertThatThrownBy(() -> engine.create(CreateParams.builder(1500, "usd").customer(c.id().value())
                .paymentMethod("pm_card_authenticationRequiredOnSetup").confirm(true).offSession(true).build()))
                .isInstanceOfSatisfying(CardException.class,
                        e -> assertThat(e.code()).contains(ErrorCode.AUTHENTICATION_REQUIRED));
    }

    @Test
    void create_withPaymentMethod_requiresConfirmation() {
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethod("pm_card_visa").usage(SetupFutureUsage.ON_SESSION).build()));
        assertThat(si.status()).isEqualTo(SetupIntentStatus.REQUIRES_CONFIRMATION);
        assertThat(si.paymentMethod()).isEqualTo(PaymentMethodId.of("pm_card_visa"));
        assertThat(si.usage()).isEqualTo(SetupFutureUsage.ON_SESSION);
    }

    @Test
    void confirm_visaWithCustomer_succeedsAttachesAndRecordsTheSetup() {
        Customer c = customer();
        PaymentMethod pm = card("4242424242424242");
        SetupIntent si = setUp(c, pm);
        assertThat(si.status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        assertThat(si.latestAttempt()).startsWith("setatt_");
        assertThat(events(si.id())).containsExactly(SetupIntentEventType.SETUP_INTENT_CREATED,
                SetupIntentEventType.SETUP_INTENT_SUCCEEDED);
        assertThat(sequences(si.id())).containsExactly(1L, 2L);
        PaymentMethod saved = stored(pm);
        assertThat(saved.usage()).isEqualTo(PaymentMethodUsage.ATTACHED);
        assertThat(saved.customer()).isEqualTo(c.id());
        assertThat(saved.setUpFor()).isEqualTo(SetupFutureUsage.OFF_SESSION);
        assertThat(methodStore.readLog(0, 10).stream().map(LoggedPaymentMethodEvent::event).toList()).extracting(PaymentMethodEvent::type)
                .containsExactly(PaymentMethodEventType.PAYMENT_METHOD_ATTACHED);
        assertThat(chargeOffSession(c, pm).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void confirm_authenticateUnlessSetUp_requiresActionThenChargesOffSessionWithoutAuthentication() {
        Customer c = customer();
        PaymentMethod pm = card("4000002500003155");
        SetupIntent si = setUp(c, pm);
        assertThat(si.status()).isEqualTo(SetupIntentStatus.REQUIRES_ACTION);
        assertThat(si.nextAction()).isInstanceOf(NextAction.UseStripeSdk.class);
        assertThat(stored(pm).usage()).isEqualTo(PaymentMethodUsage.NEW);
        SetupIntent done = complete(si, ActionOutcome.SUCCESS);
        assertThat(done.status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        assertThat(done.nextAction()).isNull();
        assertThat(events(si.id())).containsExactly(SetupIntentEventType.SETUP_INTENT_CREATED,
                SetupIntentEventType.SETUP_INTENT_REQUIRES_ACTION, SetupIntentEventType.SETUP_INTENT_SUCCEEDED);
        assertThat(chargeOffSession(c, pm).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        // on session the card still asks for authentication
        PaymentIntent onSession = engine.create(CreateParams.builder(1500, "usd").customer(c.id().value())
                .paymentMethod(pm.id().value()).confirm(true).build());
        assertThat(onSession.status()).isEqualTo(PaymentIntentStatus.REQUIRES_ACTION);
    }

    @Test
    void chargeOffSession_authenticateUnlessSetUpOnlyAttached_declinesWithAuthenticationRequired() {
        Customer c = customer();
        PaymentMethod pm = card("4000002500003155");
        run(new PaymentMethodRequest.Attach(pm.id(), c.id().value()));
        assertThatThrownBy(() -> chargeOffSession(c, pm)).isInstanceOfSatisfying(CardException.class, e -> {
            assertThat(e.code()).contains(ErrorCode.AUTHENTICATION_REQUIRED);
            assertThat(e.declineCode()).contains("authentication_required");
            assertThat(e.paymentIntent()).hasValueSatisfying(pi -> {
                assertThat(pi.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
                assertThat(pi.lastPaymentError()).isNotNull();
                assertThat(pi.lastPaymentError().code()).isEqualTo(ErrorCode.AUTHENTICATION_REQUIRED);
            });
        });
    }

    @Test
    void chargeOffSession_intentsOwnSetupFutureUsageOnANewCard_doesNotCountAsSetUp() {
        Customer c = customer();
        PaymentMethod pm = card("4000002500003155");
        assertThatThrownBy(() -> engine.create(CreateParams.builder(1500, "usd").customer(c.id().value())
                .paymentMethod(pm.id().value()).setupFutureUsage(SetupFutureUsage.OFF_SESSION).confirm(true)
                .offSession(true).build())).isInstanceOfSatisfying(CardException.class,
                        e -> assertThat(e.code()).contains(ErrorCode.AUTHENTICATION_REQUIRED));
    }

    @Test
    void paymentWithSetupFutureUsage_authenticatedOnSession_setsTheCardUpForOffSession() {
        Customer c = customer();
        PaymentMethod pm = card("4000002500003155");
        PaymentIntent first = engine.create(CreateParams.builder(1500, "usd").customer(c.id().value())
                .paymentMethod(pm.id().value()).setupFutureUsage(SetupFutureUsage.OFF_SESSION).confirm(true).build());
        assertThat(first.status()).isEqualTo(PaymentIntentStatus.REQUIRES_ACTION);
        assertThat(stored(pm).setUpFor()).isNull();
        assertThat(engine.completeAction(first.id(), ActionOutcome.SUCCESS).status())
                .isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(stored(pm).setUpFor()).isEqualTo(SetupFutureUsage.OFF_SESSION);
        assertThat(chargeOffSession(c, pm).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void chargeOffSession_alwaysAuthenticateSetUp_stillDeclinesWithAuthenticationRequired() {
        Customer c = customer();
        PaymentMethod pm = card("4000002760003184");
        SetupIntent si = complete(setUp(c, pm), ActionOutcome.SUCCESS);
        assertThat(si.status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        assertThat(stored(pm).setUpFor()).isEqualTo(SetupFutureUsage.OFF_SESSION);
        assertThatThrownBy(() -> chargeOffSession(c, pm)).isInstanceOfSatisfying(CardException.class,
                e -> assertThat(e.code()).contains(ErrorCode.AUTHENTICATION_REQUIRED));
    }

    @Test
    void confirm_chargeCustomerFail_attachesThenEveryChargeDeclines() {
        Customer c = customer();
        PaymentMethod pm = card("4000000000000341");
        SetupIntent si = setUp(c, pm);
        assertThat(si.status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        assertThat(stored(pm).customer()).isEqualTo(c.id());
        assertThatThrownBy(() -> chargeOffSession(c, pm)).isInstanceOfSatisfying(CardException.class, e -> {
            assertThat(e.code()).contains(ErrorCode.CARD_DECLINED);
            assertThat(e.declineCode()).contains("generic_decline");
        });
        // the decline does not detach a customer's saved method
        assertThat(stored(pm).usage()).isEqualTo(PaymentMethodUsage.ATTACHED);
    }

    @Test
    void confirm_threeDSecure2Required_requiresActionWithRedirectWhenAReturnUrlIsGiven() {
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethod("pm_card_threeDSecure2Required").confirm(true).returnUrl("https://shop.example/back")
                .build()));
        assertThat(si.status()).isEqualTo(SetupIntentStatus.REQUIRES_ACTION);
        assertThat(si.nextAction()).isInstanceOfSatisfying(NextAction.RedirectToUrl.class,
                r -> assertThat(r.returnUrl()).isEqualTo("https://shop.example/back"));
    }

    @Test
    void confirm_genericDecline_isA402CarryingTheSetupIntentWithLastSetupError() {
        Customer c = customer();
        PaymentMethod pm = card("4000000000000002");
        assertThatThrownBy(() -> setUp(c, pm)).isInstanceOfSatisfying(CardException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(402);
            assertThat(e.code()).contains(ErrorCode.CARD_DECLINED);
            assertThat(e.declineCode()).contains("generic_decline");
            assertThat(e.setupIntent()).hasValueSatisfying(si -> {
                assertThat(si.status()).isEqualTo(SetupIntentStatus.REQUIRES_PAYMENT_METHOD);
                assertThat(si.paymentMethod()).isNull();
                assertThat(si.lastSetupError()).isNotNull();
                assertThat(si.lastSetupError().code()).isEqualTo(ErrorCode.CARD_DECLINED);
                assertThat(si.lastSetupError().paymentMethod()).isEqualTo(pm.id());
                assertThat(events(si.id())).containsExactly(SetupIntentEventType.SETUP_INTENT_CREATED,
                        SetupIntentEventType.SETUP_INTENT_SETUP_FAILED);
            });
        });
        assertThat(stored(pm).usage()).isEqualTo(PaymentMethodUsage.NEW);
    }

    @Test
    void confirm_insufficientFundsThenAnotherCard_succeedsAndClearsTheError() {
        Customer c = customer();
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .customer(c.id().value()).build()));
        assertThatThrownBy(() -> run(new SetupIntentRequest.Confirm(si.id(), SetupIntentConfirmParams.builder()
                .paymentMethod(card("4000000000009995").id().value()).build())))
                .isInstanceOfSatisfying(CardException.class,
                        e -> assertThat(e.declineCode()).contains("insufficient_funds"));
        SetupIntent retried = run(new SetupIntentRequest.Confirm(si.id(), SetupIntentConfirmParams.builder()
                .paymentMethod(card("4242424242424242").id().value()).build()));
        assertThat(retried.status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        assertThat(retried.lastSetupError()).isNull();
    }

    @Test
    void completeAction_failure_returnsToRequiresPaymentMethodWithoutError() {
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethod("pm_card_authenticationRequired").confirm(true).build()));
        SetupIntent failed = complete(si, ActionOutcome.FAILURE);
        assertThat(failed.status()).isEqualTo(SetupIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(failed.lastSetupError().code()).isEqualTo(ErrorCode.SETUP_INTENT_AUTHENTICATION_FAILURE);
        assertThat(failed.paymentMethod()).isNull();
        assertThat(events(si.id())).endsWith(SetupIntentEventType.SETUP_INTENT_SETUP_FAILED);
        assertThatThrownBy(() -> complete(failed, ActionOutcome.SUCCESS))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.code()).contains(ErrorCode.SETUP_INTENT_UNEXPECTED_STATE));
    }

    @Test
    void cancel_openStatuses_cancelWithReason_otherwiseUnexpectedStateChangingNothing() {
        SetupIntent open = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().build()));
        SetupIntent canceled = run(new SetupIntentRequest.Cancel(open.id(),
                SetupIntentCancellationReason.REQUESTED_BY_CUSTOMER));
        assertThat(canceled.status()).isEqualTo(SetupIntentStatus.CANCELED);
        assertThat(canceled.cancellationReason()).isEqualTo(SetupIntentCancellationReason.REQUESTED_BY_CUSTOMER);
        assertThat(events(open.id())).endsWith(SetupIntentEventType.SETUP_INTENT_CANCELED);
        SetupIntent action = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethod("pm_card_authenticationRequired").confirm(true).build()));
        assertThat(run(new SetupIntentRequest.Cancel(action.id(), null)).nextAction()).isNull();
        SetupIntent done = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethod("pm_card_visa").confirm(true).build()));
        for (SetupIntent s : List.of(done, canceled)) {
            List<SetupIntentEventType> before = events(s.id());
            assertThatThrownBy(() -> run(new SetupIntentRequest.Cancel(s.id(), null)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.code()).contains(ErrorCode.SETUP_INTENT_UNEXPECTED_STATE);
                        assertThat(e.setupIntent()).contains(run(new SetupIntentRequest.Retrieve(s.id())));
                        assertThat(e.getMessage()).contains("requires_payment_method, requires_confirmation, "
                                + "requires_action");
                    });
            assertThat(events(s.id())).isEqualTo(before);
        }
    }

    @Test
    void confirm_sepaDebit_processesThenSettlesOnTheClock() {
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethodTypes("sepa_debit").paymentMethod("pm_sepaDebit_success").confirm(true).build()));
        assertThat(si.status()).isEqualTo(SetupIntentStatus.PROCESSING);
        assertThat(events(si.id())).containsExactly(SetupIntentEventType.SETUP_INTENT_CREATED);
        assertThatThrownBy(() -> run(new SetupIntentRequest.Cancel(si.id(), null)))
                .isInstanceOf(InvalidRequestException.class);
        clock.advanceSeconds(179);
        assertThat(run(new SetupIntentRequest.Retrieve(si.id())).status()).isEqualTo(SetupIntentStatus.PROCESSING);
        clock.advanceSeconds(1);
        assertThat(run(new SetupIntentRequest.Retrieve(si.id())).status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        SetupIntentEvent succeeded = setupStore.readLog(0, 100).get(setupStore.readLog(0, 100).size() - 1).event();
        assertThat(succeeded.type()).isEqualTo(SetupIntentEventType.SETUP_INTENT_SUCCEEDED);
        assertThat(succeeded.created()).isEqualTo(TestClock.START.plusSeconds(180));
        assertThat(succeeded.requestId()).isNotNull();
    }

    @Test
    void processDue_settlementFallenDue_isAppliedEagerlyAsAClockDrivenChange() {
        SetupIntent early = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethodTypes("sepa_debit").paymentMethod("pm_sepaDebit_success").confirm(true).build()));
        clock.advanceSeconds(60);
        SetupIntent late = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethodTypes("sepa_debit").paymentMethod("pm_sepaDebit_failure").confirm(true).build()));
        clock.advanceSeconds(150);
        assertThat(engine.processDue()).isEqualTo(1);
        assertThat(setupStore.find(io.paystate.model.AccountId.DEFAULT, early.id()).orElseThrow().setupIntent()
                .status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        assertThat(setupStore.find(io.paystate.model.AccountId.DEFAULT, late.id()).orElseThrow().setupIntent()
                .status()).isEqualTo(SetupIntentStatus.PROCESSING);
        SetupIntentEvent settled = setupStore.readLog(0, 100).get(setupStore.readLog(0, 100).size() - 1).event();
        assertThat(settled.type()).isEqualTo(SetupIntentEventType.SETUP_INTENT_SUCCEEDED);
        assertThat(settled.requestId()).isNull();
        assertThat(settled.created()).isEqualTo(TestClock.START.plusSeconds(180));
        clock.advanceSeconds(100);
        assertThat(engine.processDue()).isEqualTo(1);
        assertThat(engine.processDue()).isZero();
        assertThat(events(late.id())).endsWith(SetupIntentEventType.SETUP_INTENT_SETUP_FAILED);
    }

    @Test
    void confirm_sepaDebitFailure_settlesToRequiresPaymentMethodSeenInLists() {
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethodTypes("sepa_debit").paymentMethod("pm_sepaDebit_failure").confirm(true).build()));
        clock.advanceSeconds(200);
        SetupIntent listed = run(new SetupIntentRequest.List(SetupIntentListParams.firstPage())).data().get(0);
        assertThat(listed.status()).isEqualTo(SetupIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(listed.lastSetupError().code()).isEqualTo(ErrorCode.SETUP_INTENT_SETUP_ATTEMPT_FAILED);
        assertThat(events(si.id())).endsWith(SetupIntentEventType.SETUP_INTENT_SETUP_FAILED);
    }

    @Test
    void verifyMicrodeposits_mismatchCountsThenMatchSucceeds() {
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethodTypes("us_bank_account").paymentMethod("pm_usBankAccount_microdeposits").confirm(true)
                .build()));
        assertThat(si.nextAction()).isInstanceOf(NextAction.VerifyWithMicrodeposits.class);
        assertThatThrownBy(() -> run(new SetupIntentRequest.VerifyMicrodeposits(si.id(),
                VerifyMicrodepositsParams.amounts(1, 2)))).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_AMOUNTS_MISMATCH);
                    assertThat(e.param()).contains("amounts");
                    assertThat(e.getMessage()).contains("9 verification attempts remaining");
                });
        SetupIntent verified = run(new SetupIntentRequest.VerifyMicrodeposits(si.id(),
                VerifyMicrodepositsParams.amounts(32, 45)));
        assertThat(verified.status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        assertThatThrownBy(() -> run(new SetupIntentRequest.VerifyMicrodeposits(
                run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().build())).id(),
                VerifyMicrodepositsParams.descriptorCode("SM11AA")))).isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.code()).contains(ErrorCode.SETUP_INTENT_UNEXPECTED_STATE));
    }

    @Test
    void verifyMicrodeposits_tenMismatches_failTheSetup() {
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethodTypes("us_bank_account").paymentMethod("pm_usBankAccount_microdeposits").confirm(true)
                .build()));
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> run(new SetupIntentRequest.VerifyMicrodeposits(si.id(),
                    VerifyMicrodepositsParams.descriptorCode("SM00AA")))).isInstanceOf(InvalidRequestException.class);
        }
        SetupIntent failed = run(new SetupIntentRequest.Retrieve(si.id()));
        assertThat(failed.status()).isEqualTo(SetupIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(failed.lastSetupError().code())
                .isEqualTo(ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_ATTEMPTS_EXCEEDED);
    }

    @Test
    void update_paymentMethodAndDetails_followTheStatusRules() {
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().metadata("a", "1")
                .build()));
        SetupIntent withMethod = run(new SetupIntentRequest.Update(si.id(), SetupIntentUpdateParams.builder()
                .paymentMethod("pm_card_visa").metadata("b", "2").metadata("a", "").build()));
        assertThat(withMethod.status()).isEqualTo(SetupIntentStatus.REQUIRES_CONFIRMATION);
        assertThat(withMethod.metadata()).containsExactly(Map.entry("b", "2"));
        SetupIntent cleared = run(new SetupIntentRequest.Update(si.id(), SetupIntentUpdateParams.builder()
                .paymentMethod("").build()));
        assertThat(cleared.status()).isEqualTo(SetupIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(cleared.paymentMethod()).isNull();
        SetupIntent same = run(new SetupIntentRequest.Update(si.id(), SetupIntentUpdateParams.builder().build()));
        assertThat(same).isEqualTo(cleared);
        assertThat(events(si.id())).containsExactly(SetupIntentEventType.SETUP_INTENT_CREATED);
        SetupIntent done = run(new SetupIntentRequest.Confirm(si.id(), SetupIntentConfirmParams.builder()
                .paymentMethod("pm_card_visa").build()));
        assertThat(run(new SetupIntentRequest.Update(done.id(), SetupIntentUpdateParams.builder()
                .description("kept").build())).description()).isEqualTo("kept");
        assertThatThrownBy(() -> run(new SetupIntentRequest.Update(done.id(), SetupIntentUpdateParams.builder()
                .paymentMethod("pm_card_mastercard").build()))).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.code()).contains(ErrorCode.SETUP_INTENT_UNEXPECTED_STATE));
        SetupIntent gone = run(new SetupIntentRequest.Cancel(
                run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().build())).id(), null));
        assertThatThrownBy(() -> run(new SetupIntentRequest.Update(gone.id(), SetupIntentUpdateParams.builder()
                .metadata("k", "v").build()))).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.code()).contains(ErrorCode.SETUP_INTENT_UNEXPECTED_STATE));
    }

    @Test
    void confirm_withoutAnyPaymentMethod_isUnexpectedStateChangingNothing() {
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().build()));
        assertThatThrownBy(() -> run(new SetupIntentRequest.Confirm(si.id(), SetupIntentConfirmParams.builder()
                .build()))).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.SETUP_INTENT_UNEXPECTED_STATE);
                    assertThat(e.setupIntent()).contains(si);
                });
        assertThat(run(new SetupIntentRequest.Retrieve(si.id()))).isEqualTo(si);
    }

    @Test
    void confirm_detachedOrOtherCustomersMethod_isRefusedOnPaymentMethod() {
        Customer jenny = customer();
        Customer other = customer();
        PaymentMethod pm = card("4242424242424242");
        setUp(jenny, pm);
        assertThatThrownBy(() -> setUp(other, pm)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.param()).contains("payment_method"));
        run(new PaymentMethodRequest.Detach(pm.id()));
        int before = setupStore.readLog(0, 1000).size();
        assertThatThrownBy(() -> setUp(jenny, pm)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.param()).contains("payment_method");
            assertThat(e.getMessage()).contains("It may not be used again");
        });
        assertThat(setupStore.readLog(0, 1000)).hasSize(before);
    }

    @Test
    void create_withPaymentMethodData_storesTheTokenizedMethodAndAttachesIt() {
        Customer c = customer();
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().customer(c.id().value())
                .paymentMethodData(new PaymentMethodData("card", Map.of("number", "4242424242424242", "exp_month",
                        "12", "exp_year", "2034", "cvc", "123"))).confirm(true).build()));
        assertThat(si.status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        PaymentMethod saved = run(new PaymentMethodRequest.Retrieve(si.paymentMethod()));
        assertThat(saved.customer()).isEqualTo(c.id());
        assertThat(saved.setUpFor()).isEqualTo(SetupFutureUsage.OFF_SESSION);
    }

    @Test
    void update_withPaymentMethodData_storesTheMethodAndWaitsForConfirmation() {
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().build()));
        SetupIntent updated = run(new SetupIntentRequest.Update(si.id(), SetupIntentUpdateParams.builder()
                .paymentMethodData(new PaymentMethodData("card", Map.of("number", "5555555555554444"))).build()));
        assertThat(updated.status()).isEqualTo(SetupIntentStatus.REQUIRES_CONFIRMATION);
        PaymentMethod stored = run(new PaymentMethodRequest.Retrieve(updated.paymentMethod()));
        assertThat(stored.usage()).isEqualTo(PaymentMethodUsage.NEW);
        assertThat(stored.brand()).isEqualTo("mastercard");
    }

    @Test
    void list_newestFirstWithFiltersAndCursors() {
        Customer c = customer();
        SetupIntent a = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().customer(c.id().value())
                .build()));
        clock.advanceSeconds(1);
        SetupIntent b = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().paymentMethod(
                "pm_card_visa").build()));
        clock.advanceSeconds(1);
        SetupIntent d = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().customer(c.id().value())
                .build()));
        SetupIntentList all = run(new SetupIntentRequest.List(SetupIntentListParams.firstPage()));
        assertThat(all.data()).extracting(SetupIntent::id).containsExactly(d.id(), b.id(), a.id());
        assertThat(run(new SetupIntentRequest.List(new SetupIntentListParams(c.id().value(), null, null, null, 1,
                null, null)))).satisfies(page -> {
                    assertThat(page.data()).extracting(SetupIntent::id).containsExactly(d.id());
                    assertThat(page.hasMore()).isTrue();
                });
        assertThat(run(new SetupIntentRequest.List(new SetupIntentListParams(null, "pm_card_visa", null, null, null,
                null, null))).data()).extracting(SetupIntent::id).containsExactly(b.id());
        long start = TestClock.START.getEpochSecond();
        assertThat(run(new SetupIntentRequest.List(new SetupIntentListParams(null, null, start + 1, start + 1, null,
                null, null))).data()).extracting(SetupIntent::id).containsExactly(b.id());
        assertThat(run(new SetupIntentRequest.List(new SetupIntentListParams(null, null, null, null, null,
                d.id().value(), null))).data()).extracting(SetupIntent::id).containsExactly(b.id(), a.id());
        assertThat(run(new SetupIntentRequest.List(new SetupIntentListParams(null, null, null, null, null, null,
                a.id().value()))).data()).extracting(SetupIntent::id).containsExactly(d.id(), b.id());
    }

    @Test
    void retrieve_unknownOrOtherAccount_is404OnIntent() {
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().build()));
        assertThatThrownBy(() -> engine.execute(new SetupIntentRequest.Retrieve(si.id()),
                RequestOptions.none().withAccount(io.paystate.model.AccountId.of("acct_other"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.code()).contains(ErrorCode.RESOURCE_MISSING);
                    assertThat(e.param()).contains("intent");
                });
        assertThatThrownBy(() -> run(new SetupIntentRequest.Retrieve(SetupIntentId.of("seti_nope"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
    }
}
