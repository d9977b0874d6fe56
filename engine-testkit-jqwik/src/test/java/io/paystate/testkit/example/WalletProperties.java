package io.paystate.testkit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentMethodRequest;
import io.paystate.engine.RequestOptions;
import io.paystate.model.CustomerId;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.testkit.jqwik.SavedCardModel;
import io.paystate.testkit.jqwik.SavedCardState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/** A host's wallet page (a customer's saved cards) shows exactly the cards the saved-card model says are attached. */
final class WalletProperties {
    /** The host code under test: the cards a customer may pick from at checkout. */
    static final class Wallet {
        private final PaymentEngine engine;

        Wallet(PaymentEngine engine) {
            this.engine = engine;
        }

        Set<PaymentMethodId> cardsOf(CustomerId customer) {
            Set<PaymentMethodId> ids = new HashSet<>();
            for (PaymentMethod pm : engine.execute(new PaymentMethodRequest.ListForCustomer(customer, "card", 100, null),
                    RequestOptions.none()).body().data()) {
                ids.add(pm.id());
            }
            return ids;
        }
    }

    // tag::saved-card-host[]
    @Provide
    Arbitrary<ActionChain<SavedCardState>> wallets() {
        return SavedCardModel.chains(() -> {
            SavedCardState state = SavedCardState.fresh();
            return state.attach(Wallet.class, new Wallet(state.testEngine().engine()));
        }, List.of(new ShowWallet()));
    }

    @Property(tries = 40)
    void wallet_showsExactlyTheAttachedCards(@ForAll("wallets") ActionChain<SavedCardState> chain) {
        chain.withInvariant("saved-card model", SavedCardModel.invariants()).run();
    }

    /** The host's own step: a customer opens the wallet page. */
    static final class ShowWallet implements Action.Dependent<SavedCardState> {
        @Override
        public boolean precondition(SavedCardState state) {
            return !state.customers().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<SavedCardState>> transformer(SavedCardState state) {
            return Arbitraries.of(state.customers()).map(customer -> Transformer.mutate("show wallet of " + customer,
                    s -> assertThat(s.attachment(Wallet.class).cardsOf(customer)).as("wallet of " + customer)
                            .containsExactlyInAnyOrderElementsOf(s.methods().stream()
                                    .filter(m -> m.usage() == PaymentMethodUsage.ATTACHED
                                            && customer.equals(m.customer()))
                                    .map(SavedCardState.Method::id).toList())));
        }
    }
    // end::saved-card-host[]
}
