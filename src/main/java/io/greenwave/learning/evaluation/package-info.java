/**
 * Evaluation of learned policies against Webster fixed-time, actuated and max-pressure control on
 * held-out seeds, the benchmark scenarios of the targets, and the comparison table.
 */
package io.greenwave.learning.evaluation;
