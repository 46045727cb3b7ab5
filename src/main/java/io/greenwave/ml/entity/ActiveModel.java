package io.greenwave.ml.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Which version serves an intersection for one kind, and which candidate runs beside it in shadow
 * mode. One row per slot, so there can never be two active versions; the version column makes
 * concurrent deploys and rollbacks of the same slot serialise (the loser retries or gets 409).
 */
@Entity
@Table(name = "active_model")
public class ActiveModel {
  @EmbeddedId private ActiveModelKey key;

  @Column(name = "model_id")
  private String modelId;

  @Column(name = "shadow_model_id")
  private String shadowModelId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected ActiveModel() {}

  public ActiveModel(ActiveModelKey key) {
    this.key = key;
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public ActiveModelKey key() {
    return key;
  }

  public String modelId() {
    return modelId;
  }

  public String shadowModelId() {
    return shadowModelId;
  }

  public void activate(String id) {
    this.modelId = id;
    if (id != null && id.equals(shadowModelId)) {
      shadowModelId = null;
    }
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public void shadow(String id) {
    this.shadowModelId = id;
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
