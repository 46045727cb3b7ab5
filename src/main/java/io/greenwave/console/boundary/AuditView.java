package io.greenwave.console.boundary;

import io.greenwave.security.control.AuditLog;
import io.greenwave.security.entity.AuditEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit trail, newest first, one page at a time, filtered by actor, action and outcome: every
 * state-changing API call and console action.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditLog log;

  private String actor;
  private String action;
  private String outcome;
  private final Entries entries = new Entries();

  /**
   * Pages of entries. The trail can hold millions of rows and the log has no count query, so the
   * row count is what has been seen plus one more page while there is more.
   */
  public class Entries extends LazyDataModel<AuditEntry> {
    private static final long serialVersionUID = 1L;
    private int known;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return known;
    }

    @Override
    public List<AuditEntry> load(
        int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      List<AuditEntry> page = log.find(filter(), first, pageSize + 1);
      boolean more = page.size() > pageSize;
      known = first + Math.min(page.size(), pageSize) + (more ? pageSize : 0);
      setRowCount(known);
      return more ? page.subList(0, pageSize) : page;
    }

    @Override
    public String getRowKey(AuditEntry e) {
      return String.valueOf(e.getId());
    }
  }

  AuditLog.Filter filter() {
    return new AuditLog.Filter(blank(actor), blank(action), blank(outcome), null, null, null);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public Entries getEntries() {
    return entries;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
