/**
 * Stripe's HTTP API in front of a PayState engine: {@link io.paystate.http.PayStateServer} serves
 * the PaymentIntents, charges, events and webhook-endpoint endpoints on the JDK's built-in HTTP
 * server, and {@link io.paystate.http.WebhookDispatcher} delivers the engine's events to webhook
 * endpoints, signed as Stripe signs them.
 */
@NullMarked
package io.paystate.http;

import org.jspecify.annotations.NullMarked;
