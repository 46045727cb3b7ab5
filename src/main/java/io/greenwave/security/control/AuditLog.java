package io.greenwave.security.control;

import io.greenwave.security.entity.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only audit trail: written in its own transaction (an entry is kept even when the
 * action it records failed), read by admins with filters and paging, newest first. There is no
 * update or delete.
 */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext(unitName = "greenwave")
  EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(AuditEntry entry) {
    em.persist(entry);
  }

  /** Filters of an audit query; null fields do not filter. */
  public record Filter(
      String actor,
      String action,
      String outcome,
      String targetPrefix,
      OffsetDateTime from,
      OffsetDateTime to) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEntry> find(Filter filter, int offset, int limit) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    add(where, params, "a.actor = :actor", "actor", filter.actor());
    add(where, params, "a.action = :action", "action", filter.action());
    add(where, params, "a.outcome = :outcome", "outcome", filter.outcome());
    add(
        where,
        params,
        "a.target LIKE :target",
        "target",
        filter.targetPrefix() == null ? null : escapeLike(filter.targetPrefix()) + "%");
    add(where, params, "a.occurredAt >= :from", "from", filter.from());
    add(where, params, "a.occurredAt < :to", "to", filter.to());
    String jpql =
        "SELECT a FROM AuditEntry a"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY a.id DESC";
    TypedQuery<AuditEntry> query = em.createQuery(jpql, AuditEntry.class);
    params.forEach(query::setParameter);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  private static void add(
      List<String> where, Map<String, Object> params, String clause, String name, Object value) {
    if (value != null) {
      where.add(clause);
      params.put(name, value);
    }
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
