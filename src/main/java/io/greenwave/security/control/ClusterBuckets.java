package io.greenwave.security.control;

import fish.payara.cdi.jsr107.impl.NamedCache;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.grid.jcache.Bucket4jJCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.cache.Cache;

/**
 * Token buckets kept in Payara's JCache (Hazelcast underneath), so that every node of a cluster
 * draws from the same bucket: a client cannot multiply its limit by spreading requests over nodes.
 * Bucket4j updates a bucket atomically with an entry processor on the node that owns the key.
 * Buckets refill all at once at the end of each period (a fixed window per client), which makes the
 * reset time that clients are told exact.
 *
 * <p>Each bucket's proxy is kept and built with Bucket4j's batching optimisation: requests of one
 * client that arrive while a grid call is in flight wait for it and go together in the next call,
 * so a busy field controller costs a few grid calls per burst instead of one per request, and the
 * limit stays exact.
 */
@ApplicationScoped
public class ClusterBuckets {
  static final String CACHE = "greenwave-rate-limits";

  /** More clients than a city has; beyond it the proxies are rebuilt, which only costs a call. */
  private static final int PROXY_CAPACITY = 50_000;

  @Inject
  @NamedCache(cacheName = CACHE)
  Cache<String, byte[]> cache;

  private ProxyManager<String> buckets;
  private final Map<String, BucketProxy> proxies = new ConcurrentHashMap<>();

  @PostConstruct
  void connect() {
    buckets = Bucket4jJCache.entryProcessorBasedBuilder(cache).build();
  }

  /** The shared bucket under this key, holding {@code capacity} tokens per {@code period}. */
  public BucketProxy bucket(String key, long capacity, Duration period) {
    String proxy = key + '|' + capacity + '|' + period.toMillis();
    BucketProxy known = proxies.get(proxy);
    if (known != null) {
      return known;
    }
    if (proxies.size() >= PROXY_CAPACITY) {
      proxies.clear();
    }
    return proxies.computeIfAbsent(proxy, k -> build(key, capacity, period));
  }

  private BucketProxy build(String key, long capacity, Duration period) {
    BucketConfiguration configuration =
        BucketConfiguration.builder()
            .addLimit(
                Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build())
            .build();
    return buckets
        .builder()
        .withOptimization(Optimizations.batching())
        .build(key, () -> configuration);
  }
}
