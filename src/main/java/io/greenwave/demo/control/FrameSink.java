package io.greenwave.demo.control;

/**
 * Where a run's frames go: the visitor's open socket. Sending is asynchronous; while a frame is
 * still on its way the next ones are skipped, so a slow browser loses frames (it interpolates over
 * the gap) instead of slowing the scheduler that drives every visitor's run.
 */
public interface FrameSink {
  /** Whether the previous frame has not been written yet. */
  boolean busy();

  /** Sends one frame (JSON text). */
  void send(String json);
}
