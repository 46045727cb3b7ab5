package io.greenwave.streaming.control;

import io.greenwave.streaming.entity.Frame;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A client for tests: keeps what it receives with the time of receipt; can be made to hang. */
class RecordingTransport implements StreamTransport {
  record Received(Frame frame, long atNanos) {}

  final List<Received> received = new CopyOnWriteArrayList<>();
  final List<Runnable> hanging = new CopyOnWriteArrayList<>();
  private final boolean blocked;
  volatile boolean closed;

  RecordingTransport(boolean blocked) {
    this.blocked = blocked;
  }

  static RecordingTransport fast() {
    return new RecordingTransport(false);
  }

  /** A client that never finishes reading: its first write never completes. */
  static RecordingTransport blocked() {
    return new RecordingTransport(true);
  }

  @Override
  public String kind() {
    return "test";
  }

  @Override
  public void send(List<Frame> frames, Runnable done) {
    if (blocked) {
      hanging.add(done);
      return;
    }
    long now = System.nanoTime();
    frames.forEach(f -> received.add(new Received(f, now)));
    done.run();
  }

  @Override
  public void close(String reason) {
    closed = true;
  }

  List<Frame> frames(Predicate<Frame> which) {
    return received.stream().map(Received::frame).filter(which).toList();
  }

  List<Frame> events() {
    return frames(f -> f.id() >= 0);
  }

  /** Waits until {@code count} events arrived, failing after the timeout. */
  List<Frame> awaitEvents(int count, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    while (events().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    return events();
  }
}
