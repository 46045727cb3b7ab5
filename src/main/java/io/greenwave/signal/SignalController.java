package io.greenwave.signal;

/**
 * Decides which phase of one intersection should be green. Implemented by the classic controllers
 * and by learned policies.
 *
 * <p>Life cycle: {@link #reset(ControllerContext)} once before each run (episode), then {@link
 * #decide(IntersectionState)} every {@link #decisionIntervalSeconds()} simulated seconds while the
 * intersection shows a green (never during a change interval). One controller instance controls one
 * intersection; the simulator creates one per intersection through a {@link ControllerFactory}.
 *
 * <p>The decision is only a request. A {@link SafetyShield} around every controller enforces min
 * and max green, inserts yellow and all-red between phases, and never gives green to two phases at
 * once. A switch requested before min green is applied as soon as min green is reached. If {@code
 * decide} throws or exceeds the time budget, the shield replaces the controller by the fixed plan
 * for the rest of the run, and the result reports it.
 *
 * <p>Implementations must be deterministic given the context's seed, and must not keep references
 * to the state object: it is a reused view, valid only during the call.
 */
public interface SignalController {

  /** Short name used in results and on the command line, e.g. {@code "max-pressure"}. */
  String name();

  /** Prepares for a new run on the given intersection. Called before the first decision. */
  void reset(ControllerContext context);

  /**
   * Chooses the phase to serve.
   *
   * @param state current observation of the intersection (reused view, do not keep it)
   * @return index of the phase that should be green: the current phase to extend its green, or
   *     another phase to switch to (the shield inserts yellow and all-red)
   */
  int decide(IntersectionState state);

  /** Seconds between two decisions, at least 1. The default decides every second. */
  default int decisionIntervalSeconds() {
    return 1;
  }
}
