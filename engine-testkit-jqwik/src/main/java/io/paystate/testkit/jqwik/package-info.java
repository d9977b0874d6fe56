/**
 * jqwik support: {@link io.paystate.testkit.jqwik.PayStateArbitraries} for parameters and test
 * payment methods, and {@link io.paystate.testkit.jqwik.LifecycleModel}, the actions of random
 * lifecycles for {@code ActionChain} into which a host plugs its own code and invariants.
 */
@NullMarked
package io.paystate.testkit.jqwik;

import org.jspecify.annotations.NullMarked;
