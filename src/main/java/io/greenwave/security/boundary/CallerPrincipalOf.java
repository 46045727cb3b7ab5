package io.greenwave.security.boundary;

import io.greenwave.security.entity.Caller;
import jakarta.security.enterprise.CallerPrincipal;

/** The container's principal for a Greenwave caller; carries the caller for the mechanism. */
public class CallerPrincipalOf extends CallerPrincipal {
  private final transient Caller caller;

  public CallerPrincipalOf(Caller caller) {
    super(caller.name());
    this.caller = caller;
  }

  public Caller caller() {
    return caller;
  }
}
