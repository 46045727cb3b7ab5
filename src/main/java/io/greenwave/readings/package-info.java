/**
 * Detector readings, the field data everything learns from: per intersection, lane group and
 * interval, the vehicle count and optionally mean queue, occupancy and mean speed. Owns the {@code
 * detector_reading} table, idempotent bulk ingestion (JSON and CSV), queries aggregated to a
 * resolution, and CSV export under {@code /api/intersections/{id}/readings}.
 */
package io.greenwave.readings;
