package io.greenwave.demo.control;

/**
 * One admitted visitor: their run, the socket their page listens on (if connected), and what that
 * socket has been sent, so that each frame carries only the chart points it has not had yet and a
 * reconnecting or reset page gets the whole picture again.
 */
final class DemoSlot {
  final String token;
  final DemoRun run;
  private FrameSink sink;
  private boolean needsFull = true;
  private int samplesSent;
  private int generationSent = -1;
  private long lastSentNanos;
  private long lastSeenNanos;

  DemoSlot(String token, DemoRun run, long now) {
    this.token = token;
    this.run = run;
    this.lastSeenNanos = now;
  }

  synchronized void attach(FrameSink newSink, long now) {
    sink = newSink;
    needsFull = true;
    lastSeenNanos = now;
  }

  synchronized void detach(FrameSink old, long now) {
    if (sink == old) {
      sink = null;
      lastSeenNanos = now;
    }
  }

  /** Whether nobody has watched this run for longer than {@code idleNanos}. */
  synchronized boolean abandoned(long now, long idleNanos) {
    return sink == null && now - lastSeenNanos > idleNanos;
  }

  /**
   * Sends a frame if the run moved, was reset, or has been quiet for a second (so that pausing,
   * switching ML and other changes show without a reset); skips while the socket is busy.
   */
  synchronized void push(boolean advanced, long now, long intervalMillis) {
    if (sink == null || sink.busy()) {
      return;
    }
    lastSeenNanos = now;
    boolean reset = run.generation() != generationSent;
    boolean quiet = now - lastSentNanos > 1_000_000_000L;
    if (!advanced && !reset && !needsFull && !quiet) {
      return;
    }
    boolean full = needsFull || reset;
    int samples;
    String json;
    synchronized (run) {
      samples = run.samples().size();
      json = DemoFrames.frame(run, full, samplesSent, intervalMillis);
      generationSent = run.generation();
    }
    samplesSent = samples;
    needsFull = false;
    lastSentNanos = now;
    sink.send(json);
  }
}
