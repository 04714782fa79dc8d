package org.tacit.application.startup;

/**
 * What the portal knows about its database: whether it answers, which product it is, and which
 * schema migration it runs on. Shown to admins; the readiness check passes on only whether it is
 * up.
 */
public record DatabaseStatus(
    boolean up, String product, String productVersion, String schemaVersion, String problem) {

  public static DatabaseStatus up(String product, String productVersion, String schemaVersion) {
    return new DatabaseStatus(true, product, productVersion, schemaVersion, null);
  }

  public static DatabaseStatus down(String problem) {
    return new DatabaseStatus(false, null, null, null, problem);
  }
}
