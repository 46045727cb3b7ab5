package io.greenwave.readings.control;

import io.greenwave.platform.control.GreenwaveDataSource;
import io.greenwave.readings.entity.Reading;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Writes and reads the detector_reading table with plain JDBC. Ingestion is the hottest write path
 * of Greenwave (field controllers every few minutes, bulk back-fills of weeks), and JPA would turn
 * 10,000 readings into 10,000 managed entities and as many statements. Instead: one upsert per
 * request on PostgreSQL (arrays unnested server-side, ON CONFLICT replaces), a batched MERGE on H2.
 * Both keep ingestion idempotent: the same (intersection, lane group, interval start) replaces.
 */
@ApplicationScoped
@Transactional
public class ReadingStore {
  private static final String H2_MERGE =
      "MERGE INTO detector_reading (intersection_id, lane_group, interval_start, interval_s,"
          + " vehicle_count, mean_queue, occupancy_pct, mean_speed_kmh, received_at)"
          + " KEY (intersection_id, lane_group, interval_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String POSTGRES_UPSERT =
      "INSERT INTO detector_reading (intersection_id, lane_group, interval_start, interval_s,"
          + " vehicle_count, mean_queue, occupancy_pct, mean_speed_kmh, received_at)"
          + " SELECT ?, r.lg, CAST(r.ts AS timestamptz), r.iv, r.vc, r.mq, r.oc, r.ms, ?"
          + " FROM unnest(?::text[], ?::text[], ?::int4[], ?::int4[], ?::float8[], ?::float8[],"
          + " ?::float8[]) AS r(lg, ts, iv, vc, mq, oc, ms)"
          + " ON CONFLICT (intersection_id, lane_group, interval_start) DO UPDATE SET"
          + " interval_s = EXCLUDED.interval_s, vehicle_count = EXCLUDED.vehicle_count,"
          + " mean_queue = EXCLUDED.mean_queue, occupancy_pct = EXCLUDED.occupancy_pct,"
          + " mean_speed_kmh = EXCLUDED.mean_speed_kmh, received_at = EXCLUDED.received_at";

  @Resource(lookup = GreenwaveDataSource.JNDI_NAME)
  DataSource dataSource;

  /**
   * Stores readings of one intersection, replacing any with the same key. A key given twice in one
   * call keeps the last.
   *
   * @return how many readings were stored
   */
  public int upsert(String intersectionId, Collection<Reading> readings) {
    Collection<Reading> unique = lastPerKey(readings);
    if (unique.isEmpty()) {
      return 0;
    }
    try (Connection c = dataSource.getConnection()) {
      if (isPostgres(c)) {
        upsertPostgres(c, intersectionId, unique);
      } else {
        upsertBatched(c, intersectionId, unique);
      }
      return unique.size();
    } catch (SQLException e) {
      throw new IllegalStateException("Storing readings failed: " + e.getMessage(), e);
    }
  }

  private static void upsertPostgres(Connection c, String id, Collection<Reading> rows)
      throws SQLException {
    int n = rows.size();
    String[] groups = new String[n];
    String[] starts = new String[n];
    Integer[] intervals = new Integer[n];
    Integer[] counts = new Integer[n];
    Double[] queues = new Double[n];
    Double[] occupancies = new Double[n];
    Double[] speeds = new Double[n];
    int i = 0;
    for (Reading r : rows) {
      groups[i] = r.laneGroup();
      starts[i] = r.intervalStart().toString();
      intervals[i] = r.intervalSeconds();
      counts[i] = r.vehicleCount();
      queues[i] = r.meanQueue();
      occupancies[i] = r.occupancy();
      speeds[i] = r.meanSpeed();
      i++;
    }
    try (PreparedStatement ps = c.prepareStatement(POSTGRES_UPSERT)) {
      ps.setString(1, id);
      ps.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      ps.setArray(3, array(c, "text", groups));
      ps.setArray(4, array(c, "text", starts));
      ps.setArray(5, array(c, "int4", intervals));
      ps.setArray(6, array(c, "int4", counts));
      ps.setArray(7, array(c, "float8", queues));
      ps.setArray(8, array(c, "float8", occupancies));
      ps.setArray(9, array(c, "float8", speeds));
      ps.executeUpdate();
    }
  }

  private static Array array(Connection c, String type, Object[] values) throws SQLException {
    return c.createArrayOf(type, values);
  }

  private static void upsertBatched(Connection c, String id, Collection<Reading> rows)
      throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement ps = c.prepareStatement(H2_MERGE)) {
      int pending = 0;
      for (Reading r : rows) {
        ps.setString(1, id);
        ps.setString(2, r.laneGroup());
        ps.setObject(3, r.intervalStart());
        ps.setInt(4, r.intervalSeconds());
        ps.setInt(5, r.vehicleCount());
        setDouble(ps, 6, r.meanQueue());
        setDouble(ps, 7, r.occupancy());
        setDouble(ps, 8, r.meanSpeed());
        ps.setObject(9, now);
        ps.addBatch();
        if (++pending == 1000) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.DOUBLE);
    } else {
      ps.setDouble(index, value);
    }
  }

  private static Collection<Reading> lastPerKey(Collection<Reading> readings) {
    Map<String, Reading> byKey = new LinkedHashMap<>();
    for (Reading r : readings) {
      byKey.put(r.laneGroup() + '|' + r.intervalStart().toInstant(), r);
    }
    return byKey.values();
  }

  /** A page of readings of one intersection. */
  public record Query(
      String intersectionId,
      String laneGroup,
      OffsetDateTime from,
      OffsetDateTime to,
      Resolution resolution) {}

  /**
   * Readings in time order (then by lane group), aggregated to the resolution: vehicle counts
   * summed, queue, occupancy and speed averaged, {@code samples} counting the raw readings.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Reading> find(Query q, int offset, int limit) {
    List<Reading> page = new ArrayList<>();
    stream(q, offset, limit, page::add);
    return page;
  }

  /** Streams all matching readings to {@code sink} (CSV export) without holding them in memory. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void stream(Query q, int offset, int limit, Consumer<Reading> sink) {
    StringBuilder where = new StringBuilder(" WHERE intersection_id = ?");
    List<Object> params = new ArrayList<>();
    params.add(q.intersectionId());
    if (q.laneGroup() != null) {
      where.append(" AND lane_group = ?");
      params.add(q.laneGroup());
    }
    if (q.from() != null) {
      where.append(" AND interval_start >= ?");
      params.add(q.from());
    }
    if (q.to() != null) {
      where.append(" AND interval_start < ?");
      params.add(q.to());
    }
    String sql = sql(q.resolution(), where.toString());
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      for (Object p : params) {
        ps.setObject(i++, p);
      }
      ps.setInt(i++, limit);
      ps.setInt(i, offset);
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(read(rs, q.resolution()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading query failed: " + e.getMessage(), e);
    }
  }

  private static String sql(Resolution resolution, String where) {
    if (resolution == Resolution.RAW) {
      return "SELECT lane_group, interval_start, interval_s, vehicle_count, mean_queue,"
          + " occupancy_pct, mean_speed_kmh, 1 AS samples FROM detector_reading"
          + where
          + " ORDER BY interval_start, lane_group LIMIT ? OFFSET ?";
    }
    int s = resolution.seconds();
    return "SELECT lane_group, bucket, SUM(vehicle_count), AVG(mean_queue), AVG(occupancy_pct),"
        + " AVG(mean_speed_kmh), COUNT(*) FROM (SELECT lane_group, vehicle_count, mean_queue,"
        + " occupancy_pct, mean_speed_kmh, CAST(FLOOR(EXTRACT(EPOCH FROM interval_start) / "
        + s
        + ") AS BIGINT) AS bucket FROM detector_reading"
        + where
        + ") x GROUP BY lane_group, bucket ORDER BY bucket, lane_group LIMIT ? OFFSET ?";
  }

  private static Reading read(ResultSet rs, Resolution resolution) throws SQLException {
    if (resolution == Resolution.RAW) {
      return new Reading(
          rs.getString(1),
          rs.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
          rs.getInt(3),
          rs.getInt(4),
          nullable(rs, 5),
          nullable(rs, 6),
          nullable(rs, 7),
          null);
    }
    long bucket = rs.getLong(2);
    OffsetDateTime start =
        OffsetDateTime.ofInstant(
            java.time.Instant.ofEpochSecond(bucket * resolution.seconds()), ZoneOffset.UTC);
    return new Reading(
        rs.getString(1),
        start,
        resolution.seconds(),
        (int) rs.getLong(3),
        round(nullable(rs, 4)),
        round(nullable(rs, 5)),
        round(nullable(rs, 6)),
        rs.getInt(7));
  }

  private static Double nullable(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  private static Double round(Double v) {
    return v == null ? null : Math.round(v * 100.0) / 100.0;
  }

  /**
   * @return how many readings an intersection has
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(String intersectionId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*) FROM detector_reading WHERE intersection_id = ?")) {
      ps.setString(1, intersectionId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Counting readings failed: " + e.getMessage(), e);
    }
  }

  /**
   * @return the start of the latest reading of an intersection, if it has any
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Optional<OffsetDateTime> latest(String intersectionId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT MAX(interval_start) FROM detector_reading WHERE intersection_id = ?")) {
      ps.setString(1, intersectionId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return java.util.Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
            .map(t -> t.withOffsetSameInstant(ZoneOffset.UTC));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading query failed: " + e.getMessage(), e);
    }
  }

  private static boolean isPostgres(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
  }
}
