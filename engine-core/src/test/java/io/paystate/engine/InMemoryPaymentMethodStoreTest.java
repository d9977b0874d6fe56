package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.CustomerId;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.spi.PaymentMethodCommit;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredPaymentMethod;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class InMemoryPaymentMethodStoreTest {
    private final InMemoryPaymentMethodStore store = new InMemoryPaymentMethodStore();

    @Test
    void commit_conflicts_writeNothing() {
        PaymentMethod pm = new PaymentMethod(PaymentMethodId.of("pm_1"), "card", Instant.EPOCH, null, null, null,
                Map.of(), PaymentMethodUsage.NEW);
        StoredPaymentMethod s = store.commit(new PaymentMethodCommit(new StoredPaymentMethod(AccountId.DEFAULT, pm, 0,
                0, 0), List.of()));
        assertThatThrownBy(() -> store.commit(new PaymentMethodCommit(new StoredPaymentMethod(AccountId.of("acct_b"),
                pm, 1, s.ordinal(), 0), List.of()))).isInstanceOf(StoreConflictException.class);
        assertThatThrownBy(() -> store.commit(new PaymentMethodCommit(new StoredPaymentMethod(AccountId.DEFAULT,
                pm, 5, s.ordinal(), 0), List.of()))).isInstanceOf(StoreConflictException.class);
        assertThat(store.find(AccountId.of("acct_b"), pm.id())).isEmpty();
        assertThat(store.attachedTo(AccountId.DEFAULT, CustomerId.of("cus_1"), null, null, 10)).isEmpty();
        assertThatThrownBy(() -> pm.with(null, PaymentMethodUsage.ATTACHED)).isInstanceOf(IllegalArgumentException.class);
    }
}
