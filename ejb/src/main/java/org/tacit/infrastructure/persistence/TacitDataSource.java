package org.tacit.infrastructure.persistence;

/**
 * The one data source of the application. The server defines it (config/payara: H2 by default,
 * PostgreSQL when configured), so the EAR is the same for every database.
 */
public final class TacitDataSource {

  public static final String JNDI_NAME = "jdbc/tacit";

  private TacitDataSource() {}
}
