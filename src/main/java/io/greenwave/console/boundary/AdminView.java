package io.greenwave.console.boundary;

import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.control.ApiKeyRegistry;
import io.greenwave.security.control.UserDirectory;
import io.greenwave.security.entity.ApiKey;
import io.greenwave.security.entity.Roles;
import io.greenwave.security.entity.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Users and API keys, for admins: create users with roles, enable or disable them; create API keys
 * for field controllers (the key is shown once: only its hash is stored) and revoke them. The rules
 * (password length, the last admin, key roles) are {@link UserDirectory}'s and {@link
 * ApiKeyRegistry}'s, as for the API.
 */
@Named
@ViewScoped
public class AdminView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject UserDirectory users;
  @Inject ApiKeyRegistry keys;
  @Inject ConsoleUser user;
  @Inject ConsoleAudit audit;

  private List<UserAccount> userList = List.of();
  private List<ApiKey> keyList = List.of();
  private String newUsername;
  private String newPassword;
  private List<String> newRoles = new ArrayList<>(List.of(Roles.VIEWER));
  private String keyName;
  private List<String> keyRoles = new ArrayList<>(List.of(Roles.DEVICE));
  private String createdKey;

  @PostConstruct
  void init() {
    reload();
  }

  void reload() {
    userList = users.all();
    keyList = keys.all();
  }

  public void createUser() {
    user.requireAdmin();
    try {
      users.create(newUsername, newPassword, Roles.parse(newRoles, "roles"));
      audit.record("create", "/console/admin/users/" + newUsername, 201, "roles " + newRoles);
      Messages.info("User '" + newUsername + "' created");
      newUsername = null;
      newPassword = null;
    } catch (ProblemException refused) {
      Messages.problem(
          refused,
          field -> "users:new" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
    }
    reload();
  }

  public void setEnabled(UserAccount account, boolean enabled) {
    user.requireAdmin();
    try {
      users.setEnabled(account.username(), enabled);
      audit.record(
          enabled ? "enable" : "disable", "/console/admin/users/" + account.username(), 200, null);
    } catch (ProblemException refused) {
      Messages.error(refused.getMessage());
    }
    reload();
  }

  public void createKey() {
    user.requireAdmin();
    try {
      ApiKeyRegistry.Created created =
          keys.create(keyName, Roles.parse(keyRoles, "roles"), null, user.actor());
      createdKey = created.key();
      audit.record("create", "/console/admin/keys/" + created.record().prefix(), 201, keyName);
      keyName = null;
    } catch (ProblemException refused) {
      Messages.problem(refused, field -> null);
    }
    reload();
  }

  public void revoke(ApiKey key) {
    user.requireAdmin();
    try {
      keys.revoke(key.prefix(), user.actor());
      audit.record("revoke", "/console/admin/keys/" + key.prefix(), 200, null);
      Messages.info("Key " + key.prefix() + " revoked");
    } catch (ProblemException refused) {
      Messages.error(refused.getMessage());
    }
    reload();
  }

  /** Forgets the key shown once, so that a reload of the page does not show it again. */
  public void dismissKey() {
    createdKey = null;
  }

  public List<String> getAllRoles() {
    return Roles.ALL;
  }

  public List<String> getKeyRoleChoices() {
    return List.copyOf(Set.of(Roles.DEVICE, Roles.VIEWER, Roles.OPERATOR)).stream()
        .sorted()
        .toList();
  }

  public List<UserAccount> getUsers() {
    return userList;
  }

  public List<ApiKey> getKeys() {
    return keyList;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles;
  }

  public String getKeyName() {
    return keyName;
  }

  public void setKeyName(String keyName) {
    this.keyName = keyName;
  }

  public List<String> getKeyRoles() {
    return keyRoles;
  }

  public void setKeyRoles(List<String> keyRoles) {
    this.keyRoles = keyRoles;
  }

  public String getCreatedKey() {
    return createdKey;
  }
}
