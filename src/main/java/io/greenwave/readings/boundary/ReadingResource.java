package io.greenwave.readings.boundary;

import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.readings.control.ReadingBodyParser;
import io.greenwave.readings.control.ReadingIngest;
import io.greenwave.readings.control.ReadingStore;
import io.greenwave.readings.control.ReadingsCsv;
import io.greenwave.readings.control.Resolution;
import io.greenwave.readings.entity.IngestReport;
import io.greenwave.readings.entity.Reading;
import io.greenwave.security.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Detector readings of one intersection: ingest (JSON, CSV), query, export. */
@Path("intersections/{id}/readings")
@Tag(name = "Readings", description = "Detector data: ingest, query, aggregate, export")
public class ReadingResource {
  static final String CSV = "text/csv";
  static final int MAX_PAGE_SIZE = 10_000;

  @Inject ReadingIngest ingest;
  @Inject ReadingStore store;
  @Inject IntersectionRepository intersections;

  @Inject
  @ConfigProperty(name = "greenwave.readings.max-batch", defaultValue = "10000")
  int maxBatch;

  @RolesAllowed({Roles.DEVICE, Roles.OPERATOR})
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ingest readings as a JSON array",
      description =
          "Up to 10,000 readings. Re-sending a reading (same lane group and interval start) replaces"
              + " it. Strict by default: one bad row rejects the request and nothing is stored;"
              + " mode=lenient stores the valid rows and reports the rest.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "two lane groups",
                      value =
                          "[{\"laneGroup\":\"N_T\",\"intervalStart\":\"2026-11-27T08:00:00Z\",\"intervalSeconds\":900,\"vehicleCount\":212,\"meanQueue\":6.5,\"occupancy\":23.1,\"meanSpeed\":38.0},"
                              + "{\"laneGroup\":\"S_T\",\"intervalStart\":\"2026-11-27T08:00:00Z\",\"vehicleCount\":187}]")))
  public IngestReport ingestJson(
      @PathParam("id") String id,
      @QueryParam("mode") @DefaultValue("strict") String mode,
      InputStream body) {
    boolean lenient = lenient(mode);
    intersections.require(id);
    return ingest.ingest(id, ReadingBodyParser.json(body, maxBatch), lenient);
  }

  @RolesAllowed({Roles.DEVICE, Roles.OPERATOR})
  @POST
  @Consumes(CSV)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ingest readings as CSV",
      description =
          "A header line names the columns: laneGroup,intervalStart,intervalSeconds,vehicleCount,"
              + "meanQueue,occupancy,meanSpeed (the first two and vehicleCount required). Rows are"
              + " numbered from 1 after the header.")
  @RequestBody(
      content =
          @Content(
              mediaType = CSV,
              examples =
                  @ExampleObject(
                      name = "csv",
                      value =
                          "laneGroup,intervalStart,intervalSeconds,vehicleCount,meanQueue,occupancy,meanSpeed\n"
                              + "N_T,2026-11-27T08:00:00Z,900,212,6.5,23.1,38.0\n")))
  public IngestReport ingestCsv(
      @PathParam("id") String id,
      @QueryParam("mode") @DefaultValue("strict") String mode,
      InputStream body) {
    boolean lenient = lenient(mode);
    intersections.require(id);
    return ingest.ingest(id, ReadingBodyParser.csv(body, maxBatch), lenient);
  }

  /** A page of readings. {@code nextOffset} is absent on the last page. */
  @JsonbPropertyOrder({"intersectionId", "resolution", "offset", "limit", "nextOffset", "readings"})
  public record ReadingPage(
      String intersectionId,
      String resolution,
      int offset,
      int limit,
      Integer nextOffset,
      List<Reading> readings) {}

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.DEVICE})
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Query readings, optionally aggregated",
      description =
          "Readings in time order. resolution=raw|15m|1h|1d sums counts and averages the rest per"
              + " bucket (UTC). Paged with offset/limit (limit at most 10,000).")
  public ReadingPage query(
      @PathParam("id") String id,
      @QueryParam("laneGroup") String laneGroup,
      @Parameter(description = "inclusive, ISO-8601 with offset") @QueryParam("from") String from,
      @Parameter(description = "exclusive, ISO-8601 with offset") @QueryParam("to") String to,
      @QueryParam("resolution") @DefaultValue("raw") String resolution,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("1000") int limit) {
    ReadingStore.Query q = query(id, laneGroup, from, to, resolution);
    if (offset < 0) {
      throw ProblemException.invalidField("offset", "must not be negative");
    }
    if (limit < 1 || limit > MAX_PAGE_SIZE) {
      throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    List<Reading> rows = store.find(q, offset, limit + 1);
    boolean more = rows.size() > limit;
    return new ReadingPage(
        id,
        q.resolution().label(),
        offset,
        limit,
        more ? offset + limit : null,
        more ? rows.subList(0, limit) : rows);
  }

  @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.DEVICE})
  @GET
  @Produces(CSV)
  @Operation(
      summary = "Export readings as CSV",
      description =
          "Same filters as the JSON query, without paging; the header is the ingest header.")
  public Response export(
      @PathParam("id") String id,
      @QueryParam("laneGroup") String laneGroup,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("resolution") @DefaultValue("raw") String resolution) {
    ReadingStore.Query q = query(id, laneGroup, from, to, resolution);
    StreamingOutput csv = out -> ReadingsCsv.write(store, q, out);
    return Response.ok(csv, CSV)
        .header(
            "Content-Disposition",
            "attachment; filename=\"readings-" + id + "-" + q.resolution().label() + ".csv\"")
        .build();
  }

  private ReadingStore.Query query(
      String id, String laneGroup, String from, String to, String resolution) {
    intersections.require(id);
    OffsetDateTime start = time("from", from);
    OffsetDateTime end = time("to", to);
    if (start != null && end != null && !start.isBefore(end)) {
      throw ProblemException.invalidField("to", "must be after 'from'");
    }
    return new ReadingStore.Query(
        id, blankToNull(laneGroup), start, end, Resolution.parse(resolution));
  }

  private static OffsetDateTime time(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(
          field, "must be an ISO-8601 date-time with offset, e.g. 2026-11-28T00:00:00Z");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static boolean lenient(String mode) {
    if ("lenient".equalsIgnoreCase(mode)) {
      return true;
    }
    if ("strict".equalsIgnoreCase(mode)) {
      return false;
    }
    throw ProblemException.invalidField("mode", "must be 'strict' or 'lenient'");
  }
}
