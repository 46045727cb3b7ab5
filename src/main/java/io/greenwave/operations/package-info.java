/**
 * Operations: what a platform operator needs to run Greenwave — application metrics for Prometheus
 * (per-endpoint request rates and latencies, inventory gauges), request ids and JSON-lines logs.
 * Boundaries observe requests without changing them; nothing here holds business rules.
 */
package io.greenwave.operations;
