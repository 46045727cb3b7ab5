package io.greenwave.operations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class RequestIdsTest {
  @Test
  void acceptsAPlainTokenFromTheCaller() {
    assertEquals("lb-7f3a.42:x_y", RequestIds.acceptOrCreate("lb-7f3a.42:x_y"));
  }

  @Test
  void replacesWhatCouldForgeLogLinesOrHeaders() {
    for (String hostile : new String[] {null, "", "a b", "x\nlevel=SEVERE", "<script>", "é"}) {
      String id = RequestIds.acceptOrCreate(hostile);
      assertNotEquals(hostile, id);
      assertEquals(36, id.length(), "a UUID");
    }
    assertEquals(36, RequestIds.acceptOrCreate("x".repeat(129)).length());
  }

  @Test
  void jsonLinesCarryTheRequestIdOfTheServingThread() {
    JsonLinesFormatter formatter = new JsonLinesFormatter();
    LogRecord record = new LogRecord(Level.WARNING, "stored {0} readings\nsecond line");
    record.setParameters(new Object[] {42});
    record.setLoggerName("io.greenwave.readings");
    record.setThrown(new IllegalStateException("boom"));
    RequestIds.bind("req-1");
    String line;
    try {
      line = formatter.format(record);
    } finally {
      RequestIds.unbind();
    }
    assertTrue(line.endsWith(System.lineSeparator()));
    assertEquals(1, line.strip().lines().count(), "one record, one line");
    JsonObject json = Json.createReader(new StringReader(line)).readObject();
    assertEquals("WARNING", json.getString("level"));
    assertEquals("stored 42 readings\nsecond line", json.getString("message"));
    assertEquals("req-1", json.getString("requestId"));
    assertTrue(json.getString("exception").contains("IllegalStateException: boom"));

    JsonObject outside =
        Json.createReader(new StringReader(formatter.format(new LogRecord(Level.INFO, "idle"))))
            .readObject();
    assertNull(outside.get("requestId"));
  }
}
