package io.paystate.store.postgres.internal;

import io.paystate.model.AccountId;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.StoredIntent;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The intents and events this store committed last, decoded, so that reading them back (the
 * engine's next command on an intent loads it; the relay reads the events just committed) skips
 * parsing their JSON, which was a large part of a command's CPU in the JVM.
 *
 * <p>Only ever a shortcut for a decode, never a source of truth: the database is always asked, and
 * an entry is used only for exactly the row it stands for. An event's row never changes once
 * committed (an event is found by its account and id); an intent's row never changes at a given
 * version (every write increments it), so an intent is used only when the database reports that
 * same version. Entries live in two fixed arrays indexed by id hash: bounded, lock-free, and
 * overwritten by newer rows. A commit does not return its positions for this: reading the log
 * head in the commit's main query held the head's lock measurably longer.
 */
final class RecentRows {
    private static final int SLOTS = 1024;

    private final AtomicReferenceArray<PaymentEvent> events = new AtomicReferenceArray<>(SLOTS);
    private final AtomicReferenceArray<StoredIntent> intents = new AtomicReferenceArray<>(SLOTS);

    /** Notes the events of a commit. */
    void committed(List<PaymentEvent> committed) {
        for (PaymentEvent event : committed) {
            events.set(slot(event.id().value().hashCode()), event);
        }
    }

    /** Notes an intent as stored at its version. */
    void stored(StoredIntent intent) {
        intents.set(slot(intent.intent().id().value().hashCode()), intent);
    }

    /** The event this store committed under this id and account, if it is still here. */
    @Nullable PaymentEvent event(String account, String id) {
        PaymentEvent e = events.get(slot(id.hashCode()));
        return e != null && e.id().value().equals(id) && e.account().value().equals(account) ? e : null;
    }

    /** The intent last noted under this id and account, at whatever version it was. */
    @Nullable StoredIntent intent(AccountId account, PaymentIntentId id) {
        StoredIntent s = intents.get(slot(id.value().hashCode()));
        return s != null && s.intent().id().equals(id) && s.account().equals(account) ? s : null;
    }

    private static int slot(long value) {
        return (int) (value & (SLOTS - 1));
    }
}
