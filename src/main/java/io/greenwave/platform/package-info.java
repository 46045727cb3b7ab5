/**
 * The platform: what every Greenwave feature stands on — the JAX-RS application, the data source
 * and its Flyway migrations, configuration, health checks and the RFC 9457 problem responses that
 * every error becomes.
 */
package io.greenwave.platform;
