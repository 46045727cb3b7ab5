package io.greenwave.signal;

/** Creates one controller per intersection of a network, fresh for every run. */
@FunctionalInterface
public interface ControllerFactory {

  /**
   * Creates the controller of one intersection.
   *
   * @param intersectionIndex position of the intersection in the network
   */
  SignalController create(int intersectionIndex);
}
