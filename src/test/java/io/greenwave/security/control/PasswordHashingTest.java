package io.greenwave.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {
  final PasswordHashing hashing = new PasswordHashing(10_000);

  @Test
  void rightPasswordMatchesWrongDoesNot() {
    String stored = hashing.hash("correct horse battery".toCharArray());
    assertTrue(stored.startsWith("pbkdf2-sha256$10000$"));
    assertTrue(PasswordHashing.matches("correct horse battery".toCharArray(), stored));
    assertFalse(PasswordHashing.matches("correct horse batterY".toCharArray(), stored));
  }

  @Test
  void saltMakesEveryHashDifferent() {
    assertNotEquals(hashing.hash("same".toCharArray()), hashing.hash("same".toCharArray()));
  }

  @Test
  void malformedStoredValuesNeverMatch() {
    for (String stored : new String[] {null, "", "plain", "pbkdf2-sha256$x$y$z", "md5$1$a$b"}) {
      assertFalse(PasswordHashing.matches("x".toCharArray(), stored));
    }
  }

  @Test
  void storedIterationCountIsHonoured() {
    String cheap = new PasswordHashing(2_000).hash("pw".toCharArray());
    assertTrue(PasswordHashing.matches("pw".toCharArray(), cheap));
  }
}
