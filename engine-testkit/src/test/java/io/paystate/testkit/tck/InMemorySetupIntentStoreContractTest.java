package io.paystate.testkit.tck;

import io.paystate.engine.InMemorySetupIntentStore;
import io.paystate.spi.SetupIntentStore;

/** The engine's default SetupIntent store passes the SetupIntent store contract. */
final class InMemorySetupIntentStoreContractTest extends SetupIntentStoreContract {
    @Override
    protected SetupIntentStore createStore() {
        return new InMemorySetupIntentStore();
    }
}
