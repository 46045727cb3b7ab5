package io.greenwave.ml.control;

import io.greenwave.ml.entity.ActiveModel;
import io.greenwave.ml.entity.ActiveModelKey;
import io.greenwave.ml.entity.ModelArtifact;
import io.greenwave.ml.entity.ModelDeployment;
import io.greenwave.ml.entity.ModelDeployment.Action;
import io.greenwave.ml.entity.ModelKind;
import io.greenwave.ml.entity.ModelVersion;
import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The model registry: immutable versions with lineage, the active version per intersection and
 * kind, deploy behind the {@link DeployGate}, rollback along the deployment history, and shadow
 * candidates. Changing a slot locks its row ({@code SELECT … FOR UPDATE}), so concurrent deploys
 * and rollbacks of one intersection take turns and never leave two active versions.
 */
@ApplicationScoped
@Transactional
public class ModelRegistry {
  @PersistenceContext(unitName = "greenwave")
  EntityManager em;

  /** Stores a new version with its artifact and numbers it within its intersection and kind. */
  public ModelVersion register(ModelVersion.Lineage lineage, byte[] artifact) {
    Integer latest =
        em.createNamedQuery(ModelVersion.LATEST_NUMBER, Integer.class)
            .setParameter("id", lineage.intersectionId())
            .setParameter("kind", lineage.kind())
            .getSingleResult();
    ModelVersion version =
        new ModelVersion(
            UUID.randomUUID().toString(),
            latest == null ? 1 : latest + 1,
            lineage,
            OffsetDateTime.now(ZoneOffset.UTC));
    em.persist(version);
    em.persist(new ModelArtifact(version.id(), artifact));
    ActiveModelKey slot = new ActiveModelKey(lineage.intersectionId(), lineage.kind());
    if (em.find(ActiveModel.class, slot) == null) {
      em.persist(new ActiveModel(slot));
    }
    em.flush();
    return version;
  }

  public Optional<ModelVersion> find(String modelId) {
    return Optional.ofNullable(modelId == null ? null : em.find(ModelVersion.class, modelId));
  }

  public ModelVersion require(String modelId) {
    return find(modelId).orElseThrow(() -> ProblemException.notFound("Model version", modelId));
  }

  public byte[] artifact(String modelId) {
    ModelArtifact a = em.find(ModelArtifact.class, modelId);
    if (a == null) {
      throw ProblemException.notFound("Model artifact", modelId);
    }
    return a.content();
  }

  public List<ModelVersion> versions(String intersectionId) {
    return em.createNamedQuery(ModelVersion.OF_INTERSECTION, ModelVersion.class)
        .setParameter("id", intersectionId)
        .getResultList();
  }

  /** One page of an intersection's versions, ordered as {@link #versions(String)}. */
  public List<ModelVersion> versions(String intersectionId, int first, int max) {
    return em.createNamedQuery(ModelVersion.OF_INTERSECTION, ModelVersion.class)
        .setParameter("id", intersectionId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countVersions(String intersectionId) {
    return em.createNamedQuery(ModelVersion.COUNT_OF_INTERSECTION, Long.class)
        .setParameter("id", intersectionId)
        .getSingleResult();
  }

  public Optional<ActiveModel> slot(String intersectionId, ModelKind kind) {
    return Optional.ofNullable(
        em.find(ActiveModel.class, new ActiveModelKey(intersectionId, kind)));
  }

  public Optional<ModelVersion> active(String intersectionId, ModelKind kind) {
    return slot(intersectionId, kind).map(ActiveModel::modelId).flatMap(this::find);
  }

  public List<ModelDeployment> history(String intersectionId, ModelKind kind) {
    return em.createNamedQuery(ModelDeployment.HISTORY, ModelDeployment.class)
        .setParameter("id", intersectionId)
        .setParameter("kind", kind)
        .getResultList();
  }

  /** The outcome of a deploy: the deployment entry and the gate's verdict. */
  public record DeployOutcome(ModelDeployment deployment, DeployGate.Verdict verdict) {}

  /**
   * Makes a version active. Refused (409 with the gate's reasons) when it evaluates worse than the
   * active version or the baselines, unless forced.
   */
  public DeployOutcome deploy(String modelId, boolean force, String actor) {
    ModelVersion candidate = require(modelId);
    ActiveModel slot = lock(candidate.intersectionId(), candidate.kind());
    if (modelId.equals(slot.modelId())) {
      throw ProblemException.conflict("Version " + modelId + " is already active");
    }
    ModelVersion incumbent =
        slot.modelId() == null ? null : em.find(ModelVersion.class, slot.modelId());
    DeployGate.Verdict verdict =
        DeployGate.judge(
            candidate.kind(),
            LineageJson.numbers(candidate.metrics()),
            LineageJson.numbers(candidate.baselines()),
            incumbent == null ? null : LineageJson.numbers(incumbent.metrics()));
    if (!verdict.passed() && !force) {
      throw new ProblemException(
          409,
          "deploy-gate",
          "Refused by the deploy gate",
          "Version "
              + candidate.versionNumber()
              + " was not deployed: "
              + verdict.summary()
              + ". An admin may deploy it with force=true.",
          verdict.reasons().stream().map(r -> FieldError.of("modelId", r)).toList());
    }
    ModelDeployment entry =
        new ModelDeployment(
            UUID.randomUUID().toString(),
            slot.key(),
            Action.DEPLOY,
            modelId,
            slot.modelId(),
            force && !verdict.passed(),
            verdict.summary(),
            actor,
            OffsetDateTime.now(ZoneOffset.UTC));
    slot.activate(modelId);
    em.persist(entry);
    em.flush();
    return new DeployOutcome(entry, verdict);
  }

  /**
   * Returns to the version that was active before the current one. The history is a stack: a deploy
   * pushes, a rollback pops, so repeated rollbacks walk back through earlier deployments.
   */
  public ModelDeployment rollback(String intersectionId, ModelKind kind, String actor) {
    ActiveModel slot = slot(intersectionId, kind).isPresent() ? lock(intersectionId, kind) : null;
    if (slot == null || slot.modelId() == null) {
      throw ProblemException.conflict(
          "Intersection '" + intersectionId + "' has no active " + kind.label() + " to roll back");
    }
    Deque<String> stack = activeStack(intersectionId, kind);
    if (stack.size() < 2) {
      throw ProblemException.conflict(
          "There is no earlier "
              + kind.label()
              + " deployment of '"
              + intersectionId
              + "' to return to");
    }
    String current = stack.pop();
    String previous = stack.peek();
    ModelDeployment entry =
        new ModelDeployment(
            UUID.randomUUID().toString(),
            slot.key(),
            Action.ROLLBACK,
            previous,
            current,
            false,
            "rolled back",
            actor,
            OffsetDateTime.now(ZoneOffset.UTC));
    slot.activate(previous);
    em.persist(entry);
    em.flush();
    return entry;
  }

  /**
   * Runs a candidate beside the active version: its decisions are logged and compared, not served.
   */
  public ActiveModel shadow(String modelId, boolean on) {
    ModelVersion candidate = require(modelId);
    ActiveModel slot = lock(candidate.intersectionId(), candidate.kind());
    if (on && modelId.equals(slot.modelId())) {
      throw ProblemException.conflict("The active version cannot shadow itself");
    }
    slot.shadow(on ? modelId : null);
    em.flush();
    return slot;
  }

  private Deque<String> activeStack(String intersectionId, ModelKind kind) {
    List<ModelDeployment> newestFirst = new ArrayList<>(history(intersectionId, kind));
    Deque<String> stack = new ArrayDeque<>();
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      ModelDeployment d = newestFirst.get(i);
      if (d.action() == Action.DEPLOY) {
        stack.push(d.modelId());
      } else if (!stack.isEmpty()) {
        stack.pop();
      }
    }
    return stack;
  }

  private ActiveModel lock(String intersectionId, ModelKind kind) {
    ActiveModel slot =
        em.find(
            ActiveModel.class,
            new ActiveModelKey(intersectionId, kind),
            LockModeType.PESSIMISTIC_WRITE);
    if (slot == null) {
      throw ProblemException.notFound("Model slot", intersectionId + "/" + kind.label());
    }
    return slot;
  }
}
