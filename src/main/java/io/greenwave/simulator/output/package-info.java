/**
 * What a simulation run reports: network totals, per-intersection delay and level of service,
 * per-lane-group queues and flows, detector-like interval aggregates and optional per-vehicle
 * records. Plain records, serialisable with JSON-B, plus a CSV writer.
 */
package io.greenwave.simulator.output;
