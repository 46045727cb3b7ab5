package io.greenwave.network.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A directed road from one intersection to another: leaves {@code from} on side {@code exitSide},
 * arrives at {@code to} on approach {@code toApproach}.
 */
@JsonbPropertyOrder({
  "id",
  "from",
  "exitSide",
  "to",
  "toApproach",
  "lengthMetres",
  "speedKmh",
  "version"
})
public record LinkDefinition(
    Long id,
    String from,
    String exitSide,
    String to,
    String toApproach,
    Double lengthMetres,
    Double speedKmh,
    Long version) {}
