package io.greenwave.operations.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per line for each log record: time stamp, level, logger, thread, message, the
 * request id when the record was written while serving a request, and the stack trace. Log shippers
 * (Loki, Elasticsearch, CloudWatch) read this without parsing rules.
 */
public class JsonLinesFormatter extends Formatter {
  @Override
  public String format(LogRecord record) {
    JsonObjectBuilder line =
        Json.createObjectBuilder()
            .add("timestamp", Instant.ofEpochMilli(record.getMillis()).toString())
            .add("level", record.getLevel().getName())
            .add("logger", String.valueOf(record.getLoggerName()))
            .add("thread", Thread.currentThread().getName())
            .add("message", String.valueOf(formatMessage(record)));
    String requestId = RequestIds.current();
    if (requestId != null) {
      line.add("requestId", requestId);
    }
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      line.add("exception", trace.toString());
    }
    // JSON-P escapes newlines inside strings, so one record is always exactly one line
    return line.build().toString() + System.lineSeparator();
  }
}
