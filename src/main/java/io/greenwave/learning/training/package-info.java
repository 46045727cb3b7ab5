/**
 * Training of signal policies in the simulator: {@link
 * io.greenwave.learning.training.PolicyTrainer} runs Q-learning (tabular or linear, one agent per
 * intersection) or cross-entropy policy search on randomised copies of a scenario, in parallel and
 * reproducibly from the seed.
 */
package io.greenwave.learning.training;
