package io.greenwave.ml.control;

import io.greenwave.ml.entity.ModelVersion;

/** A freshly trained model: its lineage (without number and id yet) and its serialized form. */
public record TrainedModel(ModelVersion.Lineage lineage, byte[] artifact) {}
