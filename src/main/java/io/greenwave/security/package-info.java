/**
 * Who may do what in Greenwave, and what they did. Console users (PBKDF2-hashed passwords) and
 * machine clients (API keys, stored hashed) get HS256 JWTs from {@code POST /api/auth/token}; every
 * {@code /api} request is authenticated by a Jakarta Security {@code HttpAuthenticationMechanism}
 * backed by one {@code IdentityStore}, authorised by {@code @RolesAllowed} (roles {@code admin},
 * {@code operator}, {@code viewer}, {@code device}), rate-limited per client in a cluster-wide
 * JCache, and recorded in the append-only audit trail when it changes state. Owns the {@code
 * user_account}, {@code api_key} and {@code audit_entry} tables and {@code /api/auth}, {@code
 * /api/users}, {@code /api/keys} and {@code /api/audit}. See docs/security.md.
 */
package io.greenwave.security;
