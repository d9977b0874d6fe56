package io.paystate.engine;

import java.util.Objects;

/**
 * The requests on the account's events, for {@link PaymentEngine#execute}: Stripe's
 * {@code GET /v1/events} and {@code GET /v1/events/:id}. Values, like every {@link Request}.
 *
 * @param <T> the type of the response body
 */
public sealed interface EventRequest<T> extends Request<T> permits EventRequest.List, EventRequest.Retrieve {

    /**
     * A request to list events.
     *
     * @param params the parameters
     */
    record List(EventListParams params) implements EventRequest<EventList> {
        /**
         * Throws {@link NullPointerException} if params is null.
         *
         * @param params the parameters
         */
        public List {
            Objects.requireNonNull(params, "params");
        }
    }

    /**
     * A request to retrieve an event of any kind: an intent's or charge's, a customer's, a payment
     * method's or a SetupIntent's.
     *
     * @param id the event
     */
    record Retrieve(io.paystate.model.EventId id) implements EventRequest<io.paystate.model.StripeEvent> {
        /**
         * Throws {@link NullPointerException} if id is null.
         *
         * @param id the event
         */
        public Retrieve {
            Objects.requireNonNull(id, "id");
        }
    }
}
