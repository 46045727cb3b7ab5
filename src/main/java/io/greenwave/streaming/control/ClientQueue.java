package io.greenwave.streaming.control;

import io.greenwave.streaming.entity.Frame;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bounded queue of one client. Policy when the client falls behind: first coalesce (a newer
 * frame with the same key takes the place of the queued older one, so a dashboard shows the latest
 * value without waiting behind stale ones), then, when the queue is still full, drop the oldest
 * frame. Both are counted. The producer never waits.
 */
final class ClientQueue {
  private final int capacity;
  private final ArrayDeque<Slot> slots = new ArrayDeque<>();
  private final Map<String, Slot> byKey = new HashMap<>();
  private long dropped;
  private long coalesced;

  /** A queued frame; coalescing replaces the frame in place so the slot keeps its position. */
  private static final class Slot {
    Frame frame;

    Slot(Frame frame) {
      this.frame = frame;
    }
  }

  ClientQueue(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  synchronized void offer(Frame frame) {
    String key = frame.coalescingKey();
    if (key != null) {
      Slot queued = byKey.get(key);
      if (queued != null) {
        queued.frame = frame;
        coalesced++;
        return;
      }
    }
    if (slots.size() >= capacity) {
      Slot oldest = slots.pollFirst();
      forget(oldest);
      dropped++;
    }
    Slot slot = new Slot(frame);
    slots.addLast(slot);
    if (key != null) {
      byKey.put(key, slot);
    }
  }

  /** Takes up to {@code max} frames, oldest first. */
  synchronized List<Frame> take(int max) {
    List<Frame> out = new ArrayList<>(Math.min(max, slots.size()));
    while (out.size() < max && !slots.isEmpty()) {
      Slot slot = slots.pollFirst();
      forget(slot);
      out.add(slot.frame);
    }
    return out;
  }

  private void forget(Slot slot) {
    String key = slot.frame.coalescingKey();
    if (key != null && byKey.get(key) == slot) {
      byKey.remove(key);
    }
  }

  synchronized int depth() {
    return slots.size();
  }

  synchronized boolean isEmpty() {
    return slots.isEmpty();
  }

  synchronized long dropped() {
    return dropped;
  }

  synchronized long coalesced() {
    return coalesced;
  }
}
