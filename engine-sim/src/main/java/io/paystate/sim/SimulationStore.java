package io.paystate.sim;

import io.paystate.model.AccountId;
import io.paystate.model.EventId;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.Commit;
import io.paystate.spi.EventPage;
import io.paystate.spi.EventQuery;
import io.paystate.spi.IntentPage;
import io.paystate.spi.LoggedEvent;
import io.paystate.spi.IntentQuery;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A store for one simulation partition: single-threaded, and it keeps only live intents. When an
 * intent reaches {@code succeeded} or {@code canceled} it is handed to a listener (the tally) and
 * dropped, so memory stays bounded by the intents in flight, not by all intents ever created; its
 * event log likewise keeps an event only until every subscriber has received it.
 * Deadlines are indexed in a tree set, so each due intent costs O(log n).
 *
 * <p>Not thread-safe by design: each partition owns one engine and one store.
 */
final class SimulationStore implements PaymentIntentStore {
    /**
     * Ordered by deadline, then ordinal (unique per intent). The index holds the stored versions
     * themselves: every commit replaces its intent's entry, so the sweep reads the current version
     * without a key object per held intent or a look-up by id.
     */
    private static final Comparator<StoredIntent> BY_DEADLINE = (a, b) -> {
        int byDeadline = a.deadline().compareTo(b.deadline());
        return byDeadline != 0 ? byDeadline : Long.compare(a.ordinal(), b.ordinal());
    };

    private final Map<PaymentIntentId, StoredIntent> live = new HashMap<>();
    private final TreeSet<StoredIntent> deadlines = new TreeSet<>(BY_DEADLINE);
    private final Consumer<PaymentIntent> onFinished;
    private final SimulationLog log = new SimulationLog();
    private long ordinals;
    private long finished;
    /** Intents set aside, open in these statuses to the end: counts only, not the intents. */
    private final Map<String, Long> setAside = new TreeMap<>();

    SimulationStore(Consumer<PaymentIntent> onFinished) {
        this.onFinished = onFinished;
    }

    @Override
    public Optional<StoredIntent> find(AccountId account, PaymentIntentId id) {
        return Optional.ofNullable(live.get(id));
    }

    @Override
    public StoredIntent commit(Commit commit) {
        StoredIntent candidate = commit.intent();
        StoredIntent stored;
        if (commit.isInsert()) {
            if (live.containsKey(candidate.intent().id())) {
                throw new StoreConflictException("exists: " + candidate.intent().id());
            }
            stored = keep(null, candidate.withVersion(1, ++ordinals));
        } else {
            StoredIntent current = live.get(candidate.intent().id());
            if (current == null || current.version() != candidate.version()) {
                throw new StoreConflictException("stale: " + candidate.intent().id());
            }
            stored = keep(current, candidate.withVersion(current.version() + 1, current.ordinal()));
        }
        log.append(commit.events());
        return stored;
    }

    private StoredIntent keep(StoredIntent before, StoredIntent after) {
        if (before != null && before.deadline() != null) {
            deadlines.remove(before);
        }
        if (after.intent().status().isTerminal()) {
            live.remove(after.intent().id());
            finished++;
            onFinished.accept(after.intent());
            return after;
        }
        live.put(after.intent().id(), after);
        if (after.deadline() != null) {
            deadlines.add(after);
        }
        return after;
    }

    @Override
    public List<StoredIntent> findDue(Instant now, int limit) {
        List<StoredIntent> due = new ArrayList<>();
        for (StoredIntent held : deadlines) {
            if (held.deadline().isAfter(now) || due.size() >= limit) {
                break;
            }
            due.add(held);
        }
        return due;
    }

    /** Lists live intents only (finished ones were dropped): enough for a simulation, by a scan. */
    @Override
    public IntentPage query(AccountId account, IntentQuery query) {
        List<StoredIntent> matching = live.values().stream()
                .filter(s -> query.filter().matches(s.intent()))
                .sorted(Comparator.comparing(Position::of))
                .filter(s -> query.startingAfter() == null || Position.of(s).compareTo(query.startingAfter()) > 0)
                .toList();
        return new IntentPage(matching.stream().limit(query.limit()).toList(), matching.size() > query.limit());
    }

    @Override
    public List<LoggedEvent> readLog(long afterPosition, int limit) {
        return log.read(afterPosition, limit);
    }

    @Override
    public Optional<PaymentEvent> findEvent(AccountId account, EventId id) {
        return log.find(id);
    }

    /** The simulation keeps only undelivered events: queries see just those. */
    @Override
    public EventPage queryEvents(AccountId account, EventQuery query) {
        return log.query(query);
    }

    @Override
    public long deliveredPosition(String subscriber) {
        return log.position(subscriber);
    }

    @Override
    public void saveDeliveredPosition(String subscriber, long position) {
        log.delivered(subscriber, position);
    }

    @Override
    public int deleteEventsBefore(Instant cutoff, int limit) {
        return log.deleteBefore(cutoff, limit);
    }

    /** Returns how many events wait for a subscriber. */
    int pendingEvents() {
        return log.size();
    }

    /** Whether the intent is held here: created, not yet {@code succeeded} or {@code canceled}, not set aside. */
    boolean isHeld(PaymentIntentId id) {
        return live.containsKey(id);
    }

    /**
     * Drops an intent that nothing will touch again, still counting it as open in its status: the
     * simulation sends it no command, and the engine's sweep would not find it, as it has no deadline.
     *
     * @throws IllegalStateException if the intent is not held here or has a deadline
     */
    void setAside(PaymentIntentId id) {
        StoredIntent held = live.get(id);
        if (held == null || held.deadline() != null) {
            throw new IllegalStateException("not held here without a deadline: " + id);
        }
        live.remove(id);
        setAside.merge(held.intent().status().wireName(), 1L, Long::sum);
    }

    /** Intents held here: created, not finished, not set aside. */
    int heldCount() {
        return live.size();
    }

    /** Intents open at the end: those held here and those set aside. */
    long liveCount() {
        return live.size() + setAside.values().stream().mapToLong(Long::longValue).sum();
    }

    long finishedCount() {
        return finished;
    }

    Map<String, Long> liveByStatus() {
        Map<String, Long> counts = new TreeMap<>(setAside);
        live.values().forEach(s -> counts.merge(s.intent().status().wireName(), 1L, Long::sum));
        return counts;
    }
}
