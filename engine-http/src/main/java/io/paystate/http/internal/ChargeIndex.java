package io.paystate.http.internal;

import io.paystate.engine.ChargeList;
import io.paystate.engine.ErrorDetails;
import io.paystate.engine.EventList;
import io.paystate.engine.EventListParams;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentIntentList;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.SearchResult;
import io.paystate.model.Charge;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Which intent each charge belongs to, for {@code GET /v1/charges/:id}: the engine keeps charges
 * under their intents. Every charge id a client can know came to it in a response (an intent's
 * {@code latest_charge}, an error's {@code charge}, a charge list, an event), so the server notes
 * the pair whenever it renders one. A charge it has not seen (another server made it, or this one
 * restarted) is looked up in the account's {@code charge.*} events, then remembered. Either way the
 * engine then reads the charge as the requesting account, so another account's charge is a 404.
 */
final class ChargeIndex {
    private static final int PAGE = 100;

    private final Map<String, PaymentIntentId> intents = new ConcurrentHashMap<>();

    void note(@Nullable Object body) {
        if (body instanceof PaymentIntent pi) {
            note(pi);
        } else if (body instanceof PaymentIntentList list) {
            list.data().forEach(this::note);
        } else if (body instanceof SearchResult result) {
            result.data().forEach(this::note);
        } else if (body instanceof ChargeList charges) {
            charges.data().forEach(c -> intents.put(c.id().value(), c.paymentIntent()));
        } else if (body instanceof Charge c) {
            intents.put(c.id().value(), c.paymentIntent());
        } else if (body instanceof PaymentEvent e) {
            note(e);
        } else if (body instanceof EventList events) {
            events.paymentEvents().forEach(this::note);
        }
    }

    void note(ErrorDetails error) {
        if (error.paymentIntent() != null) {
            note(error.paymentIntent());
            if (error.charge() != null) {
                intents.put(error.charge().value(), error.paymentIntent().id());
            }
        }
    }

    private void note(PaymentIntent pi) {
        if (pi.latestCharge() != null) {
            intents.put(pi.latestCharge().value(), pi.id());
        }
        if (pi.lastPaymentError() != null && pi.lastPaymentError().charge() != null) {
            intents.put(pi.lastPaymentError().charge().value(), pi.id());
        }
    }

    private void note(PaymentEvent e) {
        note(e.paymentIntent());
        if (e.charge() != null) {
            intents.put(e.charge().id().value(), e.charge().paymentIntent());
        }
    }

    /** The charge's intent, from what was rendered or else from the account's charge events. */
    Optional<PaymentIntentId> intentOf(String chargeId, PaymentEngine engine, RequestOptions options) {
        PaymentIntentId known = intents.get(chargeId);
        if (known != null) {
            return Optional.of(known);
        }
        String after = null;
        while (true) {
            EventList page = engine.listEvents(new EventListParams(PAGE, after, null, "charge.*", null, null, null),
                    options);
            for (PaymentEvent e : page.paymentEvents()) {
                if (e.charge() != null && e.charge().id().value().equals(chargeId)) {
                    intents.put(chargeId, e.charge().paymentIntent());
                    return Optional.of(e.charge().paymentIntent());
                }
            }
            if (!page.hasMore() || page.data().isEmpty()) {
                return Optional.empty();
            }
            after = page.data().get(page.data().size() - 1).id().value();
        }
    }
}
