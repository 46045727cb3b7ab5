package io.greenwave.security.boundary;

import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.control.AuditLog;
import io.greenwave.security.entity.AuditEntry;
import io.greenwave.security.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, read-only, for admins. There is deliberately no way to change it here. */
@Path("audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
public class AuditResource {
  static final int MAX_LIMIT = 1000;
  static final Set<String> OUTCOMES = Set.of("success", "denied", "rejected", "failed");

  @Inject AuditLog log;

  /** A page of entries, newest first; {@code nextOffset} is absent on the last page. */
  @JsonbPropertyOrder({"offset", "limit", "nextOffset", "entries"})
  public record AuditPage(int offset, int limit, Integer nextOffset, List<AuditEntry> entries) {}

  @GET
  @Operation(
      summary = "Query the audit trail",
      description =
          "Filters: actor (exact), action (HTTP method), outcome (success|denied|rejected|failed),"
              + " target (path prefix), from/to (ISO-8601 with offset). Paged: offset, limit (max"
              + " 1000).")
  public AuditPage query(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("outcome") String outcome,
      @QueryParam("target") String target,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    if (outcome != null && !OUTCOMES.contains(outcome)) {
      throw ProblemException.invalidField("outcome", "one of " + OUTCOMES);
    }
    if (offset < 0) {
      throw ProblemException.invalidField("offset", "must not be negative");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
    }
    AuditLog.Filter filter =
        new AuditLog.Filter(
            blank(actor),
            action == null ? null : action.toUpperCase(java.util.Locale.ROOT),
            outcome,
            blank(target),
            time("from", from),
            time("to", to));
    List<AuditEntry> rows = log.find(filter, offset, limit + 1);
    boolean more = rows.size() > limit;
    return new AuditPage(
        offset, limit, more ? offset + limit : null, more ? rows.subList(0, limit) : rows);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static OffsetDateTime time(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(field, "must be ISO-8601 with offset");
    }
  }
}
