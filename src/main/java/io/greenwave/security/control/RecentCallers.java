package io.greenwave.security.control;

import io.greenwave.security.entity.Caller;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The callers whose token subject was looked up in the user or key store moments ago. A field
 * controller asks for a decision several times a second with the same token; re-reading its user in
 * a transaction on every request cost more than the prediction itself. A subject is looked up again
 * once its entry is older than the re-check interval, and every entry is forgotten when a user or
 * key changes on this node, so a disabled user or revoked key is refused at once here and within
 * the interval on the other nodes of a cluster.
 *
 * <p>Written by hand rather than with a caching library: it needs one expiry rule and a bound, and
 * a JCache from the data grid would put a network hop back on the path it exists to shorten.
 */
public final class RecentCallers {
  private record Entry(Optional<Caller> caller, long checkedAt) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final long recheckNanos;
  private final int capacity;
  private final LongSupplier clock;

  /**
   * @param recheckNanos how long a looked-up subject is trusted; 0 looks up every time
   * @param capacity how many subjects are remembered; beyond it the memory is emptied, which only
   *     costs lookups (tokens are signed, so only subjects Greenwave issued can fill it)
   * @param clock nanosecond clock ({@code System::nanoTime} outside tests)
   */
  public RecentCallers(long recheckNanos, int capacity, LongSupplier clock) {
    this.recheckNanos = recheckNanos;
    this.capacity = capacity;
    this.clock = clock;
  }

  /** The caller behind the subject, from memory while recent, otherwise from {@code lookUp}. */
  public Optional<Caller> get(String subject, Function<String, Optional<Caller>> lookUp) {
    if (recheckNanos <= 0) {
      return lookUp.apply(subject);
    }
    long now = clock.getAsLong();
    Entry known = entries.get(subject);
    if (known != null && now - known.checkedAt() < recheckNanos) {
      return known.caller();
    }
    Optional<Caller> caller = lookUp.apply(subject);
    if (entries.size() >= capacity) {
      entries.clear();
    }
    entries.put(subject, new Entry(caller, now));
    return caller;
  }

  /** Forgets every subject: a user or key changed, so the next request looks it up again. */
  public void forgetAll() {
    entries.clear();
  }

  /** How many subjects are remembered now. */
  public int size() {
    return entries.size();
  }
}
