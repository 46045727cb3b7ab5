package io.greenwave.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * The record of a machine client's API key. The key is shown to the admin once; Greenwave keeps
 * only its SHA-256 (a key carries 256 random bits, so a slow password hash adds nothing) and its
 * public prefix, by which it is listed and revoked. A revoked key stays listed, for the audit.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.ALL, query = "SELECT k FROM ApiKey k ORDER BY k.createdAt, k.prefix")
public class ApiKey implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public static final String ALL = "ApiKey.all";

  @Id
  @Column(name = "prefix", length = 16)
  private String prefix;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "key_hash", nullable = false, length = 64)
  private String keyHash;

  @Column(name = "roles", nullable = false, length = 128)
  private String roles;

  @Column(name = "rate_limit")
  private Integer rateLimit;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "revoked_by", length = 100)
  private String revokedBy;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  protected ApiKey() {}

  public ApiKey(
      String prefix,
      String name,
      String keyHash,
      Set<String> roles,
      Integer rateLimit,
      String createdBy) {
    this.prefix = prefix;
    this.name = name;
    this.keyHash = keyHash;
    this.roles = Roles.join(roles);
    this.rateLimit = rateLimit;
    this.createdBy = createdBy;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String prefix() {
    return prefix;
  }

  public String name() {
    return name;
  }

  public String keyHash() {
    return keyHash;
  }

  public Set<String> roles() {
    return Roles.split(roles);
  }

  public Integer rateLimit() {
    return rateLimit;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String revokedBy() {
    return revokedBy;
  }

  public OffsetDateTime revokedAt() {
    return revokedAt;
  }

  public boolean active() {
    return revokedAt == null;
  }

  public void revoke(String by) {
    if (revokedAt == null) {
      revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
      revokedBy = by;
    }
  }

  public void changeRateLimit(Integer perPeriod) {
    rateLimit = perPeriod;
  }
}
