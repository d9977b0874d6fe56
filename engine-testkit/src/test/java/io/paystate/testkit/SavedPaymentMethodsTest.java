package io.paystate.testkit;

import static io.paystate.testkit.assertj.PayStateAssertions.assertThat;
import static io.paystate.testkit.assertj.PayStateAssertions.assertThatEngineError;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.engine.ActionOutcome;
import io.paystate.engine.CreateParams;
import io.paystate.engine.CustomerParams;
import io.paystate.engine.CustomerRequest;
import io.paystate.engine.PaymentMethodRequest;
import io.paystate.engine.SetupIntentCreateParams;
import io.paystate.engine.SetupIntentRequest;
import io.paystate.model.Customer;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethod;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentStatus;
import io.paystate.testkit.junit.PayStateTest;
import org.junit.jupiter.api.Test;

/** The customer, payment-method and SetupIntent assertions and the TestEngine helpers for saved cards. */
@PayStateTest
final class SavedPaymentMethodsTest {

    @Test
    void saveCard_authenticateUnlessSetUp_offSessionChargeSucceeds(TestEngine t) {
        // tag::saved-card[]
        Customer jenny = t.createCustomer(CustomerParams.builder().email("jenny@example.com").build());
        PaymentMethod card = t.saveCard(jenny.id(), "4000002500003155"); // 3-D Secure passed on saving
        assertThat(card).isAttachedTo(jenny.id()).isSetUpForOffSession();

        PaymentIntent later = t.engine().create(CreateParams.builder(1500, "usd").customer(jenny.id().value())
                .paymentMethod(card.id().value()).confirm(true).offSession(true).build());
        assertThat(later).isSucceeded().hasAmountReceived(1500);
        // end::saved-card[]
    }

    @Test
    void setUp_failedChallenge_leavesTheCardNewAndOffSessionDeclines(TestEngine t) {
        // tag::failed-setup[]
        Customer jenny = t.createCustomer();
        PaymentMethod card = t.createCard("4000002500003155");
        SetupIntent si = t.setUp(jenny.id(), card.id(), ActionOutcome.FAILURE); // the customer fails 3-D Secure
        assertThat(si).isRequiresPaymentMethod().hasCustomer(jenny.id()).hasNoNextAction()
                .hasLastSetupErrorCode(ErrorCode.SETUP_INTENT_AUTHENTICATION_FAILURE);
        assertThat(t.paymentMethod(card.id())).isNew().isNotSetUp();

        assertThatEngineError(() -> t.engine().create(CreateParams.builder(1500, "usd").customer(jenny.id().value())
                .paymentMethod(card.id().value()).confirm(true).offSession(true).build()))
                .hasHttpStatus(402).hasCode(ErrorCode.AUTHENTICATION_REQUIRED);
        // end::failed-setup[]
    }

    @Test
    void setupIntent_authenticatingCard_requiresActionWithItsFields(TestEngine t) {
        Customer jenny = t.createCustomer();
        PaymentMethod card = t.createCard("4000002760003184");
        SetupIntent si = t.execute(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .customer(jenny.id().value()).paymentMethod(card.id().value()).confirm(true).build()));

        assertThat(si).isRequiresAction().hasNextActionType("use_stripe_sdk").hasCustomer(jenny.id())
                .hasPaymentMethod(card.id()).hasNoLastSetupError();
        assertThat(t.execute(new SetupIntentRequest.CompleteAction(si.id(), ActionOutcome.SUCCESS))).isSucceeded()
                .hasNoNextAction();
        assertThat(t.setupIntent(si.id())).isSucceeded();
        assertThat(t.paymentMethod(card.id())).isAttachedTo(jenny.id()).isSetUpFor(SetupFutureUsage.OFF_SESSION);
    }

    @Test
    void sink_savingACard_recordsTheCustomerMethodAndSetupIntentEventsInOrderPerObject(TestEngine t) {
        Customer jenny = t.createCustomer();
        PaymentMethod card = t.createCard("4242424242424242");
        SetupIntent si = t.setUp(jenny.id(), card.id(), ActionOutcome.SUCCESS);
        org.assertj.core.api.Assertions.assertThat(t.sink().typesOfObject(jenny.id().value()))
                .containsExactly("customer.created");
        org.assertj.core.api.Assertions.assertThat(t.sink().typesOfObject(card.id().value()))
                .containsExactly("payment_method.attached");
        org.assertj.core.api.Assertions.assertThat(t.sink().typesOfObject(si.id().value()))
                .containsExactly("setup_intent.created", "setup_intent.succeeded");
        org.assertj.core.api.Assertions.assertThat(t.sink().events()).isEmpty();
    }

    @Test
    void setupIntent_unconfirmed_requiresPaymentMethod(TestEngine t) {
        SetupIntent si = t.execute(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().build()));
        assertThat(si).isRequiresPaymentMethod().hasPaymentMethod(null).hasCustomer(null).hasNoNextAction();
    }

    @Test
    void setUp_decliningCard_throwsCarryingTheSetupIntent(TestEngine t) {
        Customer jenny = t.createCustomer();
        PaymentMethod card = t.createCard("4000000000000002");
        assertThatEngineError(() -> t.setUp(jenny.id(), card.id(), ActionOutcome.SUCCESS)).hasHttpStatus(402)
                .hasType(ErrorType.CARD_ERROR).hasCode(ErrorCode.CARD_DECLINED)
                .carriesSetupIntentWithStatus(SetupIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThatThrownBy(() -> t.saveCard(jenny.id(), "4000000000000002"))
                .isInstanceOf(io.paystate.engine.CardException.class);
    }

    @Test
    void detach_savedCard_isSpentAndNeverChargedAgain(TestEngine t) {
        // tag::detached[]
        Customer jenny = t.createCustomer();
        PaymentMethod card = t.saveCard(jenny.id(), "4242424242424242");
        assertThat(t.execute(new PaymentMethodRequest.Detach(card.id()))).isDetached().isSpent();

        assertThatEngineError(() -> t.engine().create(CreateParams.builder(1500, "usd").customer(jenny.id().value())
                .paymentMethod(card.id().value()).confirm(true).offSession(true).build()))
                .hasHttpStatus(400).hasParam("payment_method");
        // end::detached[]
    }

    @Test
    void charge_newCardWithoutCustomer_consumesIt(TestEngine t) {
        PaymentMethod card = t.createCard("4242424242424242");
        assertThat(card).isNew().isNotSetUp();
        assertThat(t.engine().create(CreateParams.builder(1000, "usd").paymentMethod(card.id().value())
                .confirm(true).build())).isSucceeded();
        assertThat(t.paymentMethod(card.id())).isConsumed().isSpent();
    }

    @Test
    void customerAssert_detailsAndDeletion(TestEngine t) {
        Customer jenny = t.createCustomer(CustomerParams.builder().email("jenny@example.com").name("Jenny Rosen")
                .description("VIP").metadata("crm_id", "42").build());
        assertThat(jenny).isNotDeleted().hasEmail("jenny@example.com").hasName("Jenny Rosen").hasDescription("VIP")
                .hasMetadataEntry("crm_id", "42").hasDefaultPaymentMethod(null);

        t.execute(new CustomerRequest.Delete(jenny.id()));
        assertThat(t.customer(jenny.id())).isDeleted().hasEmail(null);
    }

    @Test
    void paymentMethodAssert_wrongUsage_failsShowingTheMethod(TestEngine t) {
        Customer jenny = t.createCustomer();
        PaymentMethod card = t.saveCard(jenny.id(), "4242424242424242");
        assertThatThrownBy(() -> assertThat(card).isDetached()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected " + card.id() + " to be detached but was attached")
                .hasMessageContaining("customer=" + jenny.id()).hasMessageContaining("set up for=off_session");
        assertThatThrownBy(() -> assertThat(t.createCard("4242424242424242")).isSetUpForOffSession())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be set up for off_session but it was set up for nothing");
        assertThatThrownBy(() -> assertThat(card).isAttachedTo(t.createCustomer().id()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("to be attached to cus_");
    }

    @Test
    void setupIntentAssert_wrongStatus_failsShowingItsFields(TestEngine t) {
        Customer jenny = t.createCustomer();
        PaymentMethod card = t.createCard("4000002500003155");
        SetupIntent failed = t.setUp(jenny.id(), card.id(), ActionOutcome.FAILURE);
        assertThatThrownBy(() -> assertThat(failed).isSucceeded()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected " + failed.id() + " to be succeeded but was requires_payment_method")
                .hasMessageContaining("customer=" + jenny.id()).hasMessageContaining("payment_method=null")
                .hasMessageContaining("last_setup_error=setup_intent_authentication_failure");
        assertThatThrownBy(() -> assertThat(failed).hasNoLastSetupError()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("but found setup_intent_authentication_failure");
        assertThatThrownBy(() -> assertThat(failed).hasNextActionType("use_stripe_sdk"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("but was null");
    }

    @Test
    void customerAssert_wrongEmail_failsShowingTheCustomer(TestEngine t) {
        Customer jenny = t.createCustomer(CustomerParams.builder().email("jenny@example.com").build());
        assertThatThrownBy(() -> assertThat(jenny).hasEmail("john@example.com")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected email of " + jenny.id()
                        + " to be john@example.com but was jenny@example.com");
        assertThatThrownBy(() -> assertThat(jenny).isDeleted()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be deleted but it is live");
    }

    // Stripe's rule (docs/setup-intents.md): a detached method is never charged, not even by a 3-D
    // Secure challenge begun before the detach and passed after it.
    @Test
    void completeAction_methodDetachedDuringChallenge_isNotCharged(TestEngine t) {
        Customer jenny = t.createCustomer();
        PaymentMethod card = t.saveCard(jenny.id(), "4000002500003155");
        PaymentIntent challenged = t.engine().create(CreateParams.builder(1500, "usd").customer(jenny.id().value())
                .paymentMethod(card.id().value()).confirm(true).build());
        assertThat(challenged).isRequiresAction();
        t.execute(new PaymentMethodRequest.Detach(card.id()));

        PaymentIntent answered;
        try {
            answered = t.engine().completeAction(challenged.id(), ActionOutcome.SUCCESS);
        } catch (io.paystate.engine.PaymentEngineException refused) {
            answered = t.engine().retrieve(challenged.id());
        }
        assertThat(answered).hasAmountReceived(0);
        org.assertj.core.api.Assertions.assertThat(answered.status()).isNotEqualTo(
                io.paystate.model.PaymentIntentStatus.SUCCEEDED);
    }
}
