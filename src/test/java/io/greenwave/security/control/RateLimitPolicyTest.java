package io.greenwave.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.greenwave.security.entity.Caller;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RateLimitPolicyTest {
  final RateLimitPolicy policy =
      new RateLimitPolicy(100, 20, Map.of("device", 600, "viewer", 50), Duration.ofMinutes(1));

  @Test
  void keyLimitWinsOverRoleAndDefault() {
    assertEquals(5, policy.limitFor(new Caller("key:abcd1234", Set.of("device"), 5)));
  }

  @Test
  void mostGenerousRoleLimitApplies() {
    assertEquals(600, policy.limitFor(new Caller("key:x", Set.of("device", "viewer"), null)));
    assertEquals(50, policy.limitFor(new Caller("bob", Set.of("viewer"), null)));
  }

  @Test
  void defaultForRolesWithoutOwnLimit() {
    assertEquals(100, policy.limitFor(new Caller("alice", Set.of("operator"), null)));
  }

  @Test
  void changedLimitMeansNewBucketAndAddressesAreSeparate() {
    assertNotEquals(
        policy.bucketFor(new Caller("key:a", Set.of("device"), 5)),
        policy.bucketFor(new Caller("key:a", Set.of("device"), 6)));
    assertNotEquals(policy.bucketForAddress("10.0.0.1"), policy.bucketForAddress("10.0.0.2"));
    assertEquals("ip:10.0.0.1|20|60", policy.bucketForAddress("10.0.0.1"));
  }
}
