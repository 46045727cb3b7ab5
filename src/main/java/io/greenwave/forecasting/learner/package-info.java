/**
 * The Weka side of forecasting: a process-wide Weka environment that never touches the network or
 * the user's home folder ({@link io.greenwave.forecasting.learner.WekaEnvironment}), the
 * translation of an algorithm and named hyperparameters into a configured Weka classifier ({@link
 * io.greenwave.forecasting.learner.Learners}), and a pool that keeps classifiers which are not
 * thread-safe from being shared ({@link io.greenwave.forecasting.learner.ClassifierPool}).
 */
package io.greenwave.forecasting.learner;
