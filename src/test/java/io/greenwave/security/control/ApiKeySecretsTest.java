package io.greenwave.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeySecretsTest {
  @Test
  void generatedKeyHasItsPrefixAndMatchesOnlyItsHash() {
    ApiKeySecrets.NewKey k = ApiKeySecrets.generate();
    assertEquals(k.prefix(), ApiKeySecrets.prefixOf(k.key()).orElseThrow());
    String stored = ApiKeySecrets.hash(k.key());
    assertEquals(64, stored.length());
    assertTrue(ApiKeySecrets.matches(k.key(), stored));
    assertFalse(ApiKeySecrets.matches(k.key() + "x", stored));
    assertFalse(ApiKeySecrets.matches(ApiKeySecrets.generate().key(), stored));
  }

  @Test
  void malformedKeysHaveNoPrefix() {
    for (String s :
        new String[] {null, "", "gw_", "gw_ABCDEFGH_x", "gw_12345678_short", "' OR 1=1"}) {
      assertTrue(ApiKeySecrets.prefixOf(s).isEmpty(), String.valueOf(s));
    }
  }
}
