/**
 * The load client of {@code bench/streaming.sh}: many WebSocket connections to {@code /ws/stream},
 * each subscribed to one intersection, measuring delivery latency from the event's production time
 * to its receipt.
 */
package io.greenwave.bench.streaming;
