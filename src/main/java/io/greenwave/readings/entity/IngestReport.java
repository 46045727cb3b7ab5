package io.greenwave.readings.entity;

import io.greenwave.platform.entity.FieldError;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The answer to an ingest: how many readings were stored (new or replaced), how many rows were
 * rejected and why (lenient mode only; strict mode stores nothing when a row is bad).
 */
@JsonbPropertyOrder({"intersectionId", "mode", "received", "stored", "rejected", "errors"})
public record IngestReport(
    String intersectionId,
    String mode,
    int received,
    int stored,
    int rejected,
    List<FieldError> errors)
    implements java.io.Serializable {}
