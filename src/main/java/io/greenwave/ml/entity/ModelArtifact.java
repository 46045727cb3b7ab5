package io.greenwave.ml.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The serialized model of a version (a Weka forecaster or a policy), stored apart from lineage. */
@Entity
@Table(name = "model_artifact")
public class ModelArtifact {
  @Id
  @Column(name = "model_id", length = 40)
  private String modelId;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  protected ModelArtifact() {}

  public ModelArtifact(String modelId, byte[] content) {
    this.modelId = modelId;
    this.content = content.clone();
  }

  public byte[] content() {
    return content.clone();
  }
}
