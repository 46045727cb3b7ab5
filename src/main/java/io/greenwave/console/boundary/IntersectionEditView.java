package io.greenwave.console.boundary;

import io.greenwave.console.control.PhaseDiagram;
import io.greenwave.network.control.IntersectionMapping;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.network.entity.Intersection;
import io.greenwave.platform.entity.ProblemException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates or edits one intersection. Saving goes through {@link IntersectionRepository}, which
 * applies {@link io.greenwave.network.control.IntersectionRules}; each refused field is shown at
 * its input. The phase diagram follows the form as it is edited.
 */
@Named
@ViewScoped
public class IntersectionEditView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern ROW_FIELD =
      Pattern.compile("(laneGroups|phases)\\[(\\d+)]\\.(\\w+)");
  private static final Map<String, String> TOP_FIELDS =
      Map.ofEntries(
          Map.entry("id", "id"),
          Map.entry("name", "name"),
          Map.entry("location", "latitude"),
          Map.entry("location.latitude", "latitude"),
          Map.entry("location.longitude", "longitude"),
          Map.entry("timing.minGreen", "minGreen"),
          Map.entry("timing.maxGreen", "maxGreen"),
          Map.entry("timing.yellow", "yellow"),
          Map.entry("timing.allRed", "allRed"),
          Map.entry("timing.cycleMin", "cycleMin"),
          Map.entry("timing.cycleMax", "cycleMax"),
          Map.entry("laneGroups", "groups"),
          Map.entry("phases", "phaseTable"));

  @Inject IntersectionRepository intersections;
  @Inject ConsoleUser user;
  @Inject ConsoleAudit audit;

  private String id;
  private Long version;
  private IntersectionForm form;

  /** Loads the intersection named by the {@code id} parameter, or starts a new one. */
  public void load() {
    if (form != null) {
      return;
    }
    if (id == null || id.isBlank()) {
      form = IntersectionForm.fourLeg();
      return;
    }
    Intersection existing = intersections.find(id).orElse(null);
    if (existing == null) {
      Messages.error("There is no intersection '" + id + "'");
      form = IntersectionForm.fourLeg();
      id = null;
      return;
    }
    version = existing.version();
    form = IntersectionForm.of(IntersectionMapping.toDefinition(existing));
  }

  public boolean isEditing() {
    return id != null && version != null;
  }

  public void save() throws IOException {
    user.requireOperator();
    try {
      Intersection saved =
          isEditing()
              ? intersections.update(id, form.toDefinition(version), version)
              : intersections.create(form.toDefinition(null));
      audit.record(
          isEditing() ? "update" : "create", "/console/intersections/" + saved.id(), 200, null);
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("Intersection '" + saved.id() + "' saved");
      faces
          .getExternalContext()
          .redirect(
              faces.getExternalContext().getRequestContextPath()
                  + "/console/intersection.xhtml?id="
                  + saved.id());
    } catch (ProblemException refused) {
      Messages.problem(refused, IntersectionEditView::clientIdOf);
    }
  }

  /** The input of the editor where a rule's field is shown. */
  static String clientIdOf(String field) {
    Matcher row = ROW_FIELD.matcher(field);
    if (row.matches()) {
      String table = row.group(1).equals("laneGroups") ? "groups" : "phaseTable";
      String column = row.group(3).equals("laneGroups") ? "phaseGroups" : row.group(3);
      if (table.equals("groups")) {
        column = "g" + Character.toUpperCase(column.charAt(0)) + column.substring(1);
      } else if (column.equals("name")) {
        column = "phaseName";
      }
      return "edit:" + table + ":" + row.group(2) + ":" + column;
    }
    String top = TOP_FIELDS.get(field);
    return top == null ? null : "edit:" + top;
  }

  public void addGroup() {
    form.getGroups().add(new IntersectionForm.Group());
  }

  public void removeGroup(IntersectionForm.Group group) {
    form.getGroups().remove(group);
  }

  public void addPhase() {
    form.getPhases().add(new IntersectionForm.PhaseRow());
  }

  public void removePhase(IntersectionForm.PhaseRow phase) {
    form.getPhases().remove(phase);
  }

  public List<PhaseDiagram.Sketch> getSketches() {
    return PhaseDiagram.of(form.toDefinition(version));
  }

  public IntersectionForm getForm() {
    return form;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public List<String> getApproaches() {
    return List.of("N", "E", "S", "W");
  }

  public List<String> getMovements() {
    return List.of("THROUGH", "LEFT", "RIGHT");
  }
}
