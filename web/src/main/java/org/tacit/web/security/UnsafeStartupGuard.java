package org.tacit.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.tacit.application.access.SecurityLog;

/**
 * Stops the deployment when {@link StartupSafety} refuses the settings: a portal that does not
 * start is noticed at once, a demo secret on the network is not. The reason goes to the server log,
 * the security trail and the deployment's error, which the run command prints.
 */
@WebListener
public class UnsafeStartupGuard implements ServletContextListener {

  static final String BIND_ADDRESS = "tacit.bind-address";

  private static final Logger LOG = Logger.getLogger(UnsafeStartupGuard.class.getName());

  @Inject OidcSettings oidc;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Optional<String> bindAddress =
        ConfigProvider.getConfig().getOptionalValue(BIND_ADDRESS, String.class);
    refuseUnsafe(bindAddress, oidc.getProviderUri(), oidc.getClientSecret());
  }

  static void refuseUnsafe(Optional<String> bindAddress, String providerUri, String clientSecret) {
    List<String> refusals = StartupSafety.refusals(bindAddress, providerUri, clientSecret);
    if (refusals.isEmpty()) {
      return;
    }
    String reasons = String.join(" ", refusals);
    LOG.log(Level.SEVERE, "Tacit refuses to start: {0}", reasons);
    SecurityLog.refused("-", "start-portal", "tacit", reasons);
    throw new IllegalStateException("Tacit refuses to start with unsafe settings: " + reasons);
  }
}
