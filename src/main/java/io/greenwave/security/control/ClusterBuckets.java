package io.greenwave.security.control;

import fish.payara.cdi.jsr107.impl.NamedCache;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.jcache.Bucket4jJCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.cache.Cache;

/**
 * Token buckets kept in Payara's JCache (Hazelcast underneath), so that every node of a cluster
 * draws from the same bucket: a client cannot multiply its limit by spreading requests over nodes.
 * Bucket4j updates a bucket atomically with an entry processor on the node that owns the key.
 * Buckets refill all at once at the end of each period (a fixed window per client), which makes the
 * reset time that clients are told exact.
 */
@ApplicationScoped
public class ClusterBuckets {
  static final String CACHE = "greenwave-rate-limits";

  @Inject
  @NamedCache(cacheName = CACHE)
  Cache<String, byte[]> cache;

  private ProxyManager<String> buckets;

  @PostConstruct
  void connect() {
    buckets = Bucket4jJCache.entryProcessorBasedBuilder(cache).build();
  }

  /** The shared bucket under this key, holding {@code capacity} tokens per {@code period}. */
  public BucketProxy bucket(String key, long capacity, Duration period) {
    BucketConfiguration configuration =
        BucketConfiguration.builder()
            .addLimit(
                Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build())
            .build();
    return buckets.builder().build(key, () -> configuration);
  }
}
