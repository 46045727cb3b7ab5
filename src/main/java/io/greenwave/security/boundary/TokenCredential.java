package io.greenwave.security.boundary;

import jakarta.security.enterprise.credential.Credential;

/** A bearer token from the {@code Authorization} header. */
public record TokenCredential(String token) implements Credential {}
