package io.greenwave.security.control;

import io.greenwave.platform.entity.ProblemException;
import io.greenwave.security.entity.CallersChanged;
import io.greenwave.security.entity.Roles;
import io.greenwave.security.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The console users: create, list, change roles, reset passwords, disable. Keeps at least one
 * enabled admin, so that nobody locks the installation out of its own administration.
 */
@ApplicationScoped
@Transactional
public class UserDirectory {
  static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,63}");
  static final int MIN_PASSWORD = 12;
  static final int MAX_PASSWORD = 128;

  @PersistenceContext(unitName = "greenwave")
  EntityManager em;

  @Inject SecuritySettings settings;
  @Inject Event<CallersChanged> changed;

  public Optional<UserAccount> find(String username) {
    return username == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(UserAccount.class, username));
  }

  public UserAccount require(String username) {
    return find(username).orElseThrow(() -> ProblemException.notFound("User", username));
  }

  public List<UserAccount> all() {
    return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
  }

  public long count() {
    return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
  }

  public UserAccount create(String username, String password, Set<String> roles) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw ProblemException.invalidField(
          "username", "3-64 letters, digits or . _ @ -, starting with a letter or digit");
    }
    checkPassword(password);
    if (find(username).isPresent()) {
      throw ProblemException.conflict("User '" + username + "' exists", "username");
    }
    UserAccount user = new UserAccount(username, hash(password), roles);
    em.persist(user);
    return user;
  }

  public UserAccount changeRoles(String username, Set<String> roles) {
    UserAccount user = require(username);
    if (!roles.contains(Roles.ADMIN)) {
      keepAnAdmin(user);
    }
    user.changeRoles(roles);
    changed.fire(new CallersChanged(username));
    return user;
  }

  public void resetPassword(String username, String password) {
    checkPassword(password);
    require(username).changePasswordHash(hash(password));
    changed.fire(new CallersChanged(username));
  }

  public UserAccount setEnabled(String username, boolean enabled) {
    UserAccount user = require(username);
    if (!enabled) {
      keepAnAdmin(user);
    }
    user.setEnabled(enabled);
    changed.fire(new CallersChanged(username));
    return user;
  }

  private void keepAnAdmin(UserAccount changing) {
    boolean otherAdmin =
        all().stream()
            .anyMatch(
                u ->
                    !u.username().equals(changing.username())
                        && u.enabled()
                        && u.roles().contains(Roles.ADMIN));
    if (changing.roles().contains(Roles.ADMIN) && changing.enabled() && !otherAdmin) {
      throw ProblemException.conflict(
          "'" + changing.username() + "' is the last enabled admin; create another admin first");
    }
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
      throw ProblemException.invalidField(
          "password", "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
    }
  }

  private String hash(String password) {
    return new PasswordHashing(settings.passwordIterations()).hash(password.toCharArray());
  }
}
