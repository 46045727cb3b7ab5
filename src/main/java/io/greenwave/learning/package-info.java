/**
 * Learned signal control: a trained {@link io.greenwave.learning.Policy} (one agent per
 * intersection, with its hyperparameters, training curve and evaluation) that decides the phase to
 * serve with a confidence, plugs into the simulator as a {@link
 * io.greenwave.learning.LearnedController}, and serialises to a compact binary artifact. Training
 * is in {@code io.greenwave.learning.training}, comparison with the classic controllers in {@code
 * io.greenwave.learning.evaluation}. See docs/learning.md.
 */
package io.greenwave.learning;
