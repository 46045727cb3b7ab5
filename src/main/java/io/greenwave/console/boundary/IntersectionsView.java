package io.greenwave.console.boundary;

import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.network.entity.Intersection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The list of intersections. */
@Named
@RequestScoped
public class IntersectionsView {
  @Inject IntersectionRepository intersections;

  private List<Intersection> all;

  public List<Intersection> getAll() {
    if (all == null) {
      all = intersections.all();
    }
    return all;
  }
}
