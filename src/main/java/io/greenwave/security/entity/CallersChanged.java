package io.greenwave.security.entity;

/**
 * A user or API key changed (roles, enabled, password, revoked, rate limit): what was remembered
 * about callers must be looked up again.
 *
 * @param subject the user name or {@code key:<prefix>} that changed
 */
public record CallersChanged(String subject) {}
