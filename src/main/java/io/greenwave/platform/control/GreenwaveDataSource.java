package io.greenwave.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source of Greenwave. Its coordinates come from MicroProfile Config ({@code
 * greenwave.db.*}, environment variables {@code GREENWAVE_DB_*} work too), so the same WAR runs on
 * the embedded H2 file database of a laptop and on the PostgreSQL of a production cluster.
 */
@DataSourceDefinition(
    name = GreenwaveDataSource.JNDI_NAME,
    className = "${MPCONFIG=greenwave.db.datasource-class}",
    url = "${MPCONFIG=greenwave.db.url}",
    user = "${MPCONFIG=greenwave.db.user}",
    password = "${MPCONFIG=greenwave.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {"fish.payara.log-jdbc-calls=false"})
@Singleton
public class GreenwaveDataSource {
  /** The JNDI name that persistence.xml and the JDBC paths look up. */
  public static final String JNDI_NAME = "java:app/jdbc/greenwave";
}
