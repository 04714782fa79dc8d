package org.tacit.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a host, as written in a setting, names this machine only: {@code localhost}, an address
 * in 127.0.0.0/8 or {@code ::1}. Only what is written counts: no name is looked up, so a DNS or
 * hosts-file entry cannot turn a network address into "loopback".
 */
final class Loopback {

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  private Loopback() {}

  static boolean is(String host) {
    if (host == null) {
      return false;
    }
    String literal = host.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    if (literal.equalsIgnoreCase("localhost")) {
      return true;
    }
    Matcher ipv4 = IPV4.matcher(literal);
    if (ipv4.matches()) {
      return validIpv4(ipv4) && ipv4.group(1).equals("127");
    }
    return literal.contains(":")
        && IPV6_LITERAL.matcher(literal).matches()
        && ipv6Loopback(literal);
  }

  private static boolean validIpv4(Matcher octets) {
    for (int i = 1; i <= 4; i++) {
      if (Integer.parseInt(octets.group(i)) > 255) {
        return false;
      }
    }
    return true;
  }

  /** Only ever called with an IPv6 literal, which InetAddress parses without a lookup. */
  private static boolean ipv6Loopback(String literal) {
    try {
      return InetAddress.getByName(literal).isLoopbackAddress();
    } catch (UnknownHostException notAnAddress) {
      return false;
    }
  }
}
