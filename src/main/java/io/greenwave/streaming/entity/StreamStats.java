package io.greenwave.streaming.entity;

import java.util.List;
import java.util.Map;

/**
 * The state of this node's streams, for {@code GET /api/stream/stats}.
 *
 * @param node this node's name, so that stats from several nodes can be told apart
 * @param connections open connections by kind ({@code websocket}, {@code sse})
 * @param published events published on this node (local and from other nodes)
 * @param lastEventId the id of the newest event, what a resuming client compares with
 * @param oldestReplayableId the oldest event id still in the replay buffer, 0 when empty
 * @param sent messages handed to clients
 * @param dropped messages dropped because a client's queue was full (oldest first)
 * @param coalesced queued dashboard messages replaced by a newer value of the same key
 * @param queueCapacity the per-client queue bound
 * @param clients the clients with the deepest queues first (at most 100)
 */
public record StreamStats(
    String node,
    Map<String, Integer> connections,
    long published,
    long lastEventId,
    long oldestReplayableId,
    long sent,
    long dropped,
    long coalesced,
    int queueCapacity,
    List<Client> clients) {

  /** One connection's figures. */
  public record Client(
      long id,
      String kind,
      String caller,
      String format,
      int queueDepth,
      long sent,
      long dropped,
      long coalesced) {}
}
