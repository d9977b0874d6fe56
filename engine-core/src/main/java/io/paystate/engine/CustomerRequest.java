package io.paystate.engine;

import java.util.Objects;

/**
 * The requests on customers, for {@link PaymentEngine#execute}: {@code POST /v1/customers} and
 * the rest of Stripe's Customers API. Values, like every {@link Request}.
 *
 * @param <T> the type of the response body
 */
public sealed interface CustomerRequest<T> extends Request<T>
        permits CustomerRequest.OnCustomer, CustomerRequest.Create, CustomerRequest.List, CustomerRequest.Search {

    /**
     * A request on one customer, named by {@link #id()}.
     *
     * @param <T> the type of the response body
     */
    sealed interface OnCustomer<T> extends CustomerRequest<T> {
        /**
         * Returns the customer the request acts on.
         *
         * @return the customer the request acts on
         */
        io.paystate.model.CustomerId id();
    }

    /**
     * A request to create a customer.
     *
     * @param params the parameters
     */
    record Create(CustomerParams params) implements CustomerRequest<io.paystate.model.Customer> {
        /**
         * Throws {@link NullPointerException} if params is null.
         *
         * @param params the parameters
         */
        public Create {
            Objects.requireNonNull(params, "params");
        }
    }

    /**
     * A request to retrieve a customer (a deleted one is answered as deleted).
     *
     * @param id the customer
     */
    record Retrieve(io.paystate.model.CustomerId id) implements OnCustomer<io.paystate.model.Customer> {
        /**
         * Throws {@link NullPointerException} if id is null.
         *
         * @param id the customer
         */
        public Retrieve {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A request to update a customer.
     *
     * @param id the customer
     * @param params the parameters
     */
    record Update(io.paystate.model.CustomerId id, CustomerParams params)
            implements OnCustomer<io.paystate.model.Customer> {
        /**
         * Throws {@link NullPointerException} if a component is null.
         *
         * @param id the customer
         * @param params the parameters
         */
        public Update {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(params, "params");
        }
    }

    /**
     * A request to delete a customer; the answer is the customer as deleted.
     *
     * @param id the customer
     */
    record Delete(io.paystate.model.CustomerId id) implements OnCustomer<io.paystate.model.Customer> {
        /**
         * Throws {@link NullPointerException} if id is null.
         *
         * @param id the customer
         */
        public Delete {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A request to list customers.
     *
     * @param params the parameters
     */
    record List(CustomerListParams params) implements CustomerRequest<CustomerList> {
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
     * A request to search customers with Stripe's search query language ({@code GET /v1/customers/search}):
     * fields {@code created}, {@code email}, {@code metadata["key"]}, {@code name} and {@code phone}.
     *
     * @param params the query, page size, page token and whether to count the matches
     */
    record Search(SearchParams params) implements CustomerRequest<CustomerSearchResult> {
        /**
         * Throws {@link NullPointerException} if params is null.
         *
         * @param params the parameters
         */
        public Search {
            Objects.requireNonNull(params, "params");
        }
    }
}
