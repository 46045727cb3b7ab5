/**
 * Real-time streaming: what happens in Greenwave (readings and field metrics ingested, decisions
 * served, training progress, deployments, alerts, simulation ticks) pushed live to dashboards and
 * integrators over WebSocket ({@code /ws/stream}) and Server-Sent Events ({@code
 * /api/stream/events}), with per-client filters and formats, bounded per-client queues so that a
 * slow client never slows the others, a replay buffer for resume, and fan-out across cluster nodes.
 * See docs/streaming.md.
 */
package io.greenwave.streaming;
