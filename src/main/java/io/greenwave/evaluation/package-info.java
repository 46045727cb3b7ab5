/**
 * The evaluation harness: runs controllers on the same scenario over N seeds (common random
 * numbers), summarises each metric with a 95 % confidence interval, compares every controller with
 * a baseline by a paired t-test (commons-math3), and sweeps demand level and cycle length.
 */
package io.greenwave.evaluation;
