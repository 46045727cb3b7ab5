/**
 * Command line: train, evaluate and save a policy ({@link io.greenwave.learning.cli.TrainPolicy}).
 */
package io.greenwave.learning.cli;
