package io.greenwave.security.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One state-changing request: who ({@code actor}: a username, {@code key:<prefix>} or {@code
 * anonymous}), what ({@code action}, the HTTP method, and {@code target}, the path), when, from
 * where (the client address), and how it ended ({@code status} and {@code outcome}: {@code
 * success}, {@code denied} for 401/403/429, {@code rejected} for other 4xx, {@code failed} for
 * 5xx). Append-only: nothing in Greenwave updates or deletes it.
 */
@Entity
@Table(name = "audit_entry")
@JsonbPropertyOrder({
  "id",
  "occurredAt",
  "actor",
  "action",
  "target",
  "status",
  "outcome",
  "clientAddress",
  "detail"
})
public class AuditEntry implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @Column(name = "id")
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor", nullable = false, length = 100)
  private String actor;

  @Column(name = "action", nullable = false, length = 16)
  private String action;

  @Column(name = "target", nullable = false, length = 400)
  private String target;

  @Column(name = "status", nullable = false)
  private int status;

  @Column(name = "outcome", nullable = false, length = 16)
  private String outcome;

  @Column(name = "client_address", length = 64)
  private String clientAddress;

  @Column(name = "detail", length = 400)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      OffsetDateTime occurredAt,
      String actor,
      String action,
      String target,
      int status,
      String clientAddress,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = clip(actor, 100);
    this.action = clip(action, 16);
    this.target = clip(target, 400);
    this.status = status;
    this.outcome = outcomeOf(status);
    this.clientAddress = clip(clientAddress, 64);
    this.detail = clip(detail, 400);
  }

  /** How a status reads in the audit trail. */
  public static String outcomeOf(int status) {
    if (status < 400) {
      return "success";
    }
    if (status == 401 || status == 403 || status == 429) {
      return "denied";
    }
    return status < 500 ? "rejected" : "failed";
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public int getStatus() {
    return status;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getDetail() {
    return detail;
  }
}
