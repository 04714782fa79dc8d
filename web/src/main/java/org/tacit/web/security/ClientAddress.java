package org.tacit.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the person's browser, for the security trail. Behind a load balancer every
 * connection comes from the balancer, whose {@code X-Forwarded-For} names the client; the header is
 * believed only from a balancer named in {@code tacit.trusted-proxies} ({@code
 * TACIT_TRUSTED_PROXIES}, comma-separated addresses), since anyone else could write it. Of the
 * addresses it lists, the last that is not a trusted balancer is the one the balancer saw.
 */
public final class ClientAddress {

  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private static volatile Set<String> trusted;

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
  }

  static String of(String remote, String forwardedFor, Set<String> proxies) {
    if (forwardedFor == null || !proxies.contains(remote)) {
      return remote;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !proxies.contains(hop)) {
        // what a balancer wrote is an address; anything else is made up, and not written down
        return ADDRESS.matcher(hop).matches() ? hop : remote;
      }
    }
    return remote;
  }

  private static Set<String> trusted() {
    Set<String> known = trusted;
    if (known == null) {
      known =
          ConfigProvider.getConfig()
              .getOptionalValue("tacit.trusted-proxies", String.class)
              .map(
                  list ->
                      Arrays.stream(list.split(","))
                          .map(String::strip)
                          .filter(a -> !a.isEmpty())
                          .collect(Collectors.toUnmodifiableSet()))
              .orElse(Set.of());
      trusted = known;
    }
    return known;
  }
}
