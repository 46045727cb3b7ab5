package io.greenwave.readings.control;

import java.util.Map;

/**
 * One row of an ingest body before it is checked: its 1-based position (array element or CSV data
 * line) and its values as text, keyed by field name. JSON and CSV bodies both become these, so one
 * set of rules checks them.
 */
public record CandidateRow(int row, Map<String, String> values) {
  public String value(String field) {
    String v = values.get(field);
    return v == null || v.isBlank() ? null : v.trim();
  }
}
