package org.tacit.application.inventory.internal;

/**
 * The name of the server this code runs on, as an import's record names it: the Payara instance
 * (tacit-1, tacit-2, or server for a lone one), or the host's name outside Payara.
 */
final class ThisServer {

  private ThisServer() {}

  static String name() {
    String instance = System.getProperty("com.sun.aas.instanceName");
    if (instance != null && !instance.isBlank()) {
      return instance;
    }
    String host = System.getenv("HOSTNAME");
    return host == null || host.isBlank() ? "server" : host;
  }
}
