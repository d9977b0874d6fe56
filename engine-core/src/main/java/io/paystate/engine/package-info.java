/**
 * The public API of the PayState engine: {@link io.paystate.engine.PaymentEngine}, its builder, the
 * request parameter records and the exception hierarchy. Everything under {@code .internal} is
 * implementation and may change without notice.
 */
@NullMarked
package io.paystate.engine;

import org.jspecify.annotations.NullMarked;
