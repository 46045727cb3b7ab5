package io.greenwave.console.boundary;

import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.ProblemException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.function.Function;

/**
 * Shows the outcome of an action in the page: information, or a control's refusal ({@link
 * ProblemException}, the same problem the API answers) with each {@link FieldError} at its input
 * where the page has one, so that the engineer sees the message next to what to fix.
 */
final class Messages {
  private Messages() {}

  static void info(String summary) {
    add(null, FacesMessage.SEVERITY_INFO, summary, null);
  }

  static void error(String summary) {
    add(null, FacesMessage.SEVERITY_ERROR, summary, null);
  }

  /**
   * @param clientIdOf maps a problem's field (e.g. {@code laneGroups[1].lanes}) to the client id of
   *     the input showing it, or null when the page has no such input
   */
  static void problem(ProblemException problem, Function<String, String> clientIdOf) {
    FacesContext faces = FacesContext.getCurrentInstance();
    add(null, FacesMessage.SEVERITY_ERROR, problem.getMessage(), null);
    for (FieldError e : problem.errors()) {
      String clientId = e.field() == null ? null : clientIdOf.apply(e.field());
      boolean onPage = clientId != null && findComponent(faces, clientId) != null;
      String text =
          onPage ? e.message() : (e.field() == null ? "" : e.field() + ": ") + e.message();
      add(onPage ? clientId : null, FacesMessage.SEVERITY_ERROR, text, null);
    }
    faces.validationFailed();
  }

  private static UIComponent findComponent(FacesContext faces, String clientId) {
    try {
      return faces.getViewRoot().findComponent(":" + clientId);
    } catch (IllegalArgumentException notAComponent) {
      return null;
    }
  }

  private static void add(String clientId, FacesMessage.Severity severity, String s, String d) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, s, d));
  }
}
