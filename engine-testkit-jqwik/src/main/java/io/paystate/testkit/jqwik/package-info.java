/**
 * jqwik support: {@link io.paystate.testkit.jqwik.PayStateArbitraries} for parameters (intents,
 * customers, SetupIntents), test payment methods and the saved-card test cards
 * ({@link io.paystate.testkit.jqwik.SavedTestCard}); {@link io.paystate.testkit.jqwik.LifecycleModel},
 * the actions of random payment lifecycles for {@code ActionChain}; and
 * {@link io.paystate.testkit.jqwik.SavedCardModel}, random save-and-charge sequences of saved payment
 * methods checked against a model ({@link io.paystate.testkit.jqwik.SavedCardState}). A host plugs its
 * own code and invariants into both models.
 */
@NullMarked
package io.paystate.testkit.jqwik;

import org.jspecify.annotations.NullMarked;
