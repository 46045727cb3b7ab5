package io.greenwave.readings.control;

import io.greenwave.readings.entity.Reading;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Readings as CSV in the column order of the API's export and ingest ({@link ReadingFields#ALL}),
 * so that an exported file can be uploaded again unchanged.
 */
public final class ReadingsCsv {
  private ReadingsCsv() {}

  public static void write(ReadingStore store, ReadingStore.Query query, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(String.join(",", ReadingFields.ALL));
    w.write('\n');
    store.stream(query, 0, Integer.MAX_VALUE, r -> line(w, r));
    w.flush();
  }

  public static byte[] bytes(ReadingStore store, ReadingStore.Query query) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(store, query, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void line(Writer w, Reading r) {
    try {
      w.write(
          r.laneGroup()
              + ','
              + r.intervalStart()
              + ','
              + r.intervalSeconds()
              + ','
              + r.vehicleCount()
              + ','
              + text(r.meanQueue())
              + ','
              + text(r.occupancy())
              + ','
              + text(r.meanSpeed())
              + '\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Double v) {
    return v == null ? "" : v.toString();
  }
}
