package io.greenwave.readings.control;

import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.ProblemException;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an ingest body, JSON array or CSV with a header, into candidate rows. Structural problems
 * (not an array, unknown CSV column, too many rows, bytes that are not UTF-8) refuse the whole
 * body; problems inside a row are left to {@link ReadingCheck}.
 */
public final class ReadingBodyParser {
  private ReadingBodyParser() {}

  /** A JSON array of reading objects, streamed so that 10,000 rows cost little memory. */
  public static List<CandidateRow> json(InputStream body, int maxRows) {
    List<CandidateRow> rows = new ArrayList<>();
    try (JsonParser parser = Json.createParser(body)) {
      if (!parser.hasNext() || parser.next() != Event.START_ARRAY) {
        throw ProblemException.invalidField("body", "must be a JSON array of readings");
      }
      int row = 0;
      while (parser.hasNext()) {
        Event event = parser.next();
        if (event == Event.END_ARRAY) {
          break;
        }
        row++;
        tooMany(row, maxRows);
        if (event == Event.START_OBJECT) {
          rows.add(new CandidateRow(row, object(parser)));
        } else {
          skip(parser, event);
          rows.add(new CandidateRow(row, Map.of("__notAnObject", "true")));
        }
      }
    }
    return rows;
  }

  /**
   * CSV with a header line naming the columns (any order): {@code laneGroup, intervalStart,
   * vehicleCount} required; {@code intervalSeconds, meanQueue, occupancy, meanSpeed} optional.
   */
  public static List<CandidateRow> csv(InputStream body, int maxRows) {
    Reader reader =
        new InputStreamReader(
            body,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<CandidateRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      checkHeader(parser.getHeaderNames());
      int row = 0;
      for (CSVRecord record : parser) {
        row++;
        tooMany(row, maxRows);
        Map<String, String> values = new HashMap<>(record.toMap());
        if (!record.isConsistent()) {
          values.put("__columns", Integer.toString(record.size()));
        }
        rows.add(new CandidateRow(row, values));
      }
    } catch (CharacterCodingException e) {
      throw ProblemException.invalidField("body", "is not valid UTF-8 text");
    } catch (IOException
        | UncheckedIOException
        | IllegalStateException
        | IllegalArgumentException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw ProblemException.invalidField("body", "is not valid UTF-8 text");
      }
      throw ProblemException.invalidField(
          "body", "is not well-formed CSV: " + firstLine(e.getMessage()));
    }
    return rows;
  }

  private static void checkHeader(List<String> header) {
    List<FieldError> errors = new ArrayList<>();
    if (header == null || header.isEmpty()) {
      throw ProblemException.invalidField(
          "header", "the first line must name the columns: " + String.join(",", ReadingFields.ALL));
    }
    for (String column : header) {
      if (!ReadingFields.ALL.contains(column)) {
        errors.add(
            FieldError.atRow(
                0, column, "unknown column; known: " + String.join(", ", ReadingFields.ALL)));
      }
    }
    for (String required : ReadingFields.REQUIRED) {
      if (!header.contains(required)) {
        errors.add(FieldError.atRow(0, required, "required column is missing"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest("The CSV header is invalid", errors);
    }
  }

  private static Map<String, String> object(JsonParser parser) {
    Map<String, String> values = new LinkedHashMap<>();
    String key = null;
    while (parser.hasNext()) {
      Event event = parser.next();
      switch (event) {
        case KEY_NAME -> key = parser.getString();
        case VALUE_STRING -> values.put(key, parser.getString());
        case VALUE_NUMBER -> values.put(key, parser.getBigDecimal().toPlainString());
        case VALUE_NULL -> values.put(key, null);
        case VALUE_TRUE, VALUE_FALSE -> values.put(key, "\u0000boolean");
        case START_OBJECT, START_ARRAY -> {
          skip(parser, event);
          values.put(key, "\u0000structure");
        }
        case END_OBJECT -> {
          return values;
        }
        default -> {}
      }
    }
    return values;
  }

  private static void skip(JsonParser parser, Event event) {
    if (event == Event.START_OBJECT) {
      parser.skipObject();
    } else if (event == Event.START_ARRAY) {
      parser.skipArray();
    }
  }

  private static void tooMany(int row, int maxRows) {
    if (row > maxRows) {
      throw new ProblemException(
          413,
          "too-many-readings",
          "Too many readings",
          "At most " + maxRows + " readings per request; split the upload",
          List.of(FieldError.of("body", "more than " + maxRows + " readings")));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
