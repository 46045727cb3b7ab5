package io.greenwave.console.boundary;

import io.greenwave.security.control.AuditLog;
import io.greenwave.security.entity.AuditEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the console's state-changing actions to the same audit trail as the API's (which its
 * JAX-RS filter fills for {@code /api} calls only), so that the audit log shows who changed what
 * whichever way they came in.
 */
@RequestScoped
public class ConsoleAudit {
  private static final Logger LOG = Logger.getLogger(ConsoleAudit.class.getName());

  @Inject AuditLog log;
  @Inject ConsoleUser user;

  /** An action by the signed-in user. */
  public void record(String action, String target, int status, String detail) {
    record(user.actor().isEmpty() ? "anonymous" : user.actor(), action, target, status, detail);
  }

  public void record(String actor, String action, String target, int status, String detail) {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    try {
      log.record(
          new AuditEntry(
              OffsetDateTime.now(ZoneOffset.UTC),
              actor,
              verb(action),
              target,
              status,
              request.getRemoteAddr(),
              detail));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not write the console audit entry for " + target, e);
    }
  }

  /** The audit trail's action column holds an HTTP-method-like verb of at most 16 characters. */
  static String verb(String action) {
    String upper = action.toUpperCase(java.util.Locale.ROOT);
    return upper.length() <= 16 ? upper : upper.substring(0, 16);
  }
}
