package io.greenwave.security.boundary;

import jakarta.security.enterprise.credential.Credential;

/** An API key from the {@code X-API-Key} header. */
public record ApiKeyCredential(String key) implements Credential {}
