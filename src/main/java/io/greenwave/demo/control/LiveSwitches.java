package io.greenwave.demo.control;

/**
 * The settings a visitor may change while a run goes on, read by the Greenwave side's controllers
 * every simulated second: whether the learned policy decides, and how often it decides. The fields
 * are volatile because the page changes them on a request thread while the run steps on the
 * scheduler's thread.
 */
public final class LiveSwitches {
  private volatile boolean learned = true;
  private volatile int decisionIntervalSeconds;

  LiveSwitches(int decisionIntervalSeconds) {
    this.decisionIntervalSeconds = decisionIntervalSeconds;
  }

  public boolean learned() {
    return learned;
  }

  public void learned(boolean on) {
    this.learned = on;
  }

  public int decisionIntervalSeconds() {
    return decisionIntervalSeconds;
  }

  public void decisionIntervalSeconds(int seconds) {
    this.decisionIntervalSeconds = DemoSettings.clampInterval(seconds);
  }
}
