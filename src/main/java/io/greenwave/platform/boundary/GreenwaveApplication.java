package io.greenwave.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application: every Greenwave REST resource lives under {@code /api}. */
@ApplicationPath("/api")
public class GreenwaveApplication extends Application {}
