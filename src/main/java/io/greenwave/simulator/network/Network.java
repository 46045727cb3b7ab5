package io.greenwave.simulator.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Linked intersections: an isolated intersection (no links), a corridor or a grid.
 *
 * <p>Every approach that has lane groups but no incoming link is an <em>entry leg</em> where demand
 * enters, {@code entryLengthMeters} long at {@code entrySpeedKmh}. Every side of an intersection
 * without an outgoing link is an exit: vehicles leave the network when they cross the stop line
 * towards it.
 */
public record Network(
    List<Intersection> intersections,
    List<Link> links,
    double entryLengthMeters,
    double entrySpeedKmh) {

  /** Default length of an entry leg, m. */
  public static final double DEFAULT_ENTRY_LENGTH = 300.0;

  /** Default free-flow speed, km/h. */
  public static final double DEFAULT_SPEED = 50.0;

  public Network {
    intersections = List.copyOf(intersections);
    links = links == null ? List.of() : List.copyOf(links);
    entryLengthMeters = entryLengthMeters > 0 ? entryLengthMeters : DEFAULT_ENTRY_LENGTH;
    entrySpeedKmh = entrySpeedKmh > 0 ? entrySpeedKmh : DEFAULT_SPEED;
    check(intersections, links);
  }

  /** A network of one isolated intersection with default entry legs. */
  public static Network isolated(Intersection intersection) {
    return new Network(List.of(intersection), List.of(), 0, 0);
  }

  /** Index of the intersection with this id, or -1. */
  public int indexOf(String intersectionId) {
    for (int i = 0; i < intersections.size(); i++) {
      if (intersections.get(i).id().equals(intersectionId)) {
        return i;
      }
    }
    return -1;
  }

  /** The link leaving an intersection by a side, if any. */
  public Optional<Link> linkFrom(String intersectionId, Approach side) {
    return links.stream()
        .filter(l -> l.from().equals(intersectionId) && l.fromSide() == side)
        .findFirst();
  }

  /** The link feeding an approach of an intersection, if any. */
  public Optional<Link> linkInto(String intersectionId, Approach approach) {
    return links.stream()
        .filter(l -> l.to().equals(intersectionId) && l.toApproach() == approach)
        .findFirst();
  }

  /** Entry legs as "intersectionId:approach" in network order. */
  public List<String> entryLegs() {
    List<String> entries = new ArrayList<>();
    for (Intersection i : intersections) {
      for (Approach a : Approach.values()) {
        if (i.hasApproach(a) && linkInto(i.id(), a).isEmpty()) {
          entries.add(i.id() + ":" + a);
        }
      }
    }
    return entries;
  }

  private static void check(List<Intersection> intersections, List<Link> links) {
    if (intersections.isEmpty()) {
      throw new IllegalArgumentException("a network needs at least one intersection");
    }
    Set<String> ids = new HashSet<>();
    for (Intersection i : intersections) {
      if (!ids.add(i.id())) {
        throw new IllegalArgumentException("duplicate intersection " + i.id());
      }
    }
    Set<String> ends = new HashSet<>();
    for (Link l : links) {
      if (!ids.contains(l.from()) || !ids.contains(l.to())) {
        throw new IllegalArgumentException("link " + l.from() + "->" + l.to() + ": unknown end");
      }
      if (!ends.add("in " + l.to() + ":" + l.toApproach())
          || !ends.add("out " + l.from() + ":" + l.fromSide())) {
        throw new IllegalArgumentException("two links share a side: " + l);
      }
      Intersection to = intersections.stream().filter(i -> i.id().equals(l.to())).findFirst().get();
      if (!to.hasApproach(l.toApproach())) {
        throw new IllegalArgumentException("link " + l + " feeds an approach without lane groups");
      }
    }
  }
}
