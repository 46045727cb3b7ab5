/**
 * The ML API: demand forecasters and signal policies per intersection, trained as jobs, kept as
 * immutable versions with lineage in a registry, deployed behind a gate and rolled back in one
 * step, answering real-time predictions with a safe fallback, and judged by the performance metrics
 * that field controllers report. Owns the {@code model_*}, {@code active_model}, {@code
 * training_job} and {@code field_metric} tables and everything under {@code /api/ml}.
 */
package io.greenwave.ml;
