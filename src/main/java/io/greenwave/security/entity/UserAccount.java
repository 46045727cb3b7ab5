package io.greenwave.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * A person who signs in to the console or asks for a token with a password. Only a PBKDF2 hash of
 * the password is kept. A disabled account keeps its history but can no longer sign in, and its
 * tokens stop working at once.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.ALL, query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(name = UserAccount.COUNT, query = "SELECT COUNT(u) FROM UserAccount u")
public class UserAccount implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public static final String ALL = "UserAccount.all";
  public static final String COUNT = "UserAccount.count";

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 256)
  private String passwordHash;

  @Column(name = "roles", nullable = false, length = 128)
  private String roles;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected UserAccount() {}

  public UserAccount(String username, String passwordHash, Set<String> roles) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.roles = Roles.join(roles);
    this.enabled = true;
    this.createdAt = now();
    this.updatedAt = createdAt;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<String> roles() {
    return Roles.split(roles);
  }

  public boolean enabled() {
    return enabled;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public void changeRoles(Set<String> newRoles) {
    roles = Roles.join(newRoles);
    updatedAt = now();
  }

  public void changePasswordHash(String newHash) {
    passwordHash = newHash;
    updatedAt = now();
  }

  public void setEnabled(boolean value) {
    enabled = value;
    updatedAt = now();
  }
}
