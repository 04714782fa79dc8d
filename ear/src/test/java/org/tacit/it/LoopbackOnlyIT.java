package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every socket that the portal's servers (Payara and Keycloak) listen on is bound to 127.0.0.1:
 * read from the kernel's socket tables (/proc/net) and the processes' open files, so a listener
 * nobody thought of (Hazelcast, JMS, JMX, IIOP, a management port) cannot slip through.
 */
@ExtendWith(Portal.class)
class LoopbackOnlyIT {

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::ffff:127.0.0.1");

  private final Portal portal = Portal.get();

  @Test
  void payaraAndKeycloakListenOnLoopbackOnly() throws IOException {
    Map<String, String> listeners = listeningSocketsByInode();
    List<String> seen = new ArrayList<>();
    for (long pid : portal.serverProcesses()) {
      for (String inode : socketInodesOf(pid)) {
        if (listeners.containsKey(inode)) {
          seen.add(pid + " " + listeners.get(inode));
        }
      }
    }

    assertThat(seen).as("the servers listen at all").hasSizeGreaterThanOrEqualTo(3);
    assertThat(seen).allSatisfy(socket -> assertThat(LOOPBACK).contains(socket.split(" ")[1]));
  }

  /** inode → "address port" of every TCP socket in LISTEN state and every bound UDP socket. */
  private static Map<String, String> listeningSocketsByInode() throws IOException {
    Map<String, String> sockets = new HashMap<>();
    for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
      List<String> lines = Files.readAllLines(Path.of("/proc/net", table));
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.strip().split("\\s+");
        boolean listening = table.startsWith("udp") || fields[3].equals("0A");
        if (listening) {
          sockets.put(fields[9], address(fields[1]));
        }
      }
    }
    return sockets;
  }

  private static List<String> socketInodesOf(long pid) throws IOException {
    List<String> inodes = new ArrayList<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // the descriptor closed while listing: it listens on nothing
        }
      }
    }
    return inodes;
  }

  /** "0100007F:1F90" → "127.0.0.1 8080"; IPv6 as four little-endian words. */
  static String address(String hex) {
    String[] parts = hex.split(":");
    int port = Integer.parseInt(parts[1], 16);
    String ip = parts[0];
    if (ip.length() == 8) {
      return ipv4(ip) + " " + port;
    }
    if (ip.startsWith("0000000000000000FFFF0000")) {
      return "::ffff:" + ipv4(ip.substring(24)) + " " + port;
    }
    return (ip.equals("00000000000000000000000000000000") ? "::" : ip) + " " + port;
  }

  private static String ipv4(String littleEndianHex) {
    StringBuilder ip = new StringBuilder();
    for (int i = 6; i >= 0; i -= 2) {
      ip.append(Integer.parseInt(littleEndianHex.substring(i, i + 2), 16)).append(i > 0 ? "." : "");
    }
    return ip.toString();
  }
}
