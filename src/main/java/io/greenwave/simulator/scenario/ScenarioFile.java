package io.greenwave.simulator.scenario;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes the JSON scenario file: the {@link Scenario} record serialised with JSON-B
 * (field names as in the records). The format is documented in {@code docs/simulator.md}.
 */
public final class ScenarioFile {
  private ScenarioFile() {}

  /** Reads a scenario file. */
  public static Scenario read(Path path) throws IOException {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return parse(reader);
    }
  }

  /** Parses a scenario from JSON text. */
  public static Scenario parse(Reader json) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(json, Scenario.class);
    } catch (Exception e) {
      throw new IllegalArgumentException("invalid scenario file: " + rootMessage(e), e);
    }
  }

  /** Serialises any result or scenario record as indented JSON. */
  public static String toJson(Object value, boolean pretty) {
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(pretty))) {
      return jsonb.toJson(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
