/**
 * Signal control: the {@link io.greenwave.signal.SignalController} interface every controller
 * implements (classic and learned), the classic controllers (Webster fixed-time, fixed plan,
 * vehicle-actuated, max-pressure, longest-queue-first) and the {@link
 * io.greenwave.signal.SafetyShield} that keeps any controller within min/max green, yellow and
 * all-red, and falls back to the fixed plan when a controller fails.
 *
 * <p>Plain Java, independent of the simulator engine: a controller only sees an {@link
 * io.greenwave.signal.IntersectionState}, which the simulator (or a field adapter) provides.
 */
package io.greenwave.signal;
