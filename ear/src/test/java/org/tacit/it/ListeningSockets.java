package org.tacit.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sockets processes listen on, read from the kernel's socket tables (/proc/net) and the
 * processes' open files, so that a listener nobody thought of (Hazelcast, JMS, JMX, IIOP, a
 * management port) cannot slip through a test of the addresses the servers bind to.
 */
final class ListeningSockets {

  static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::ffff:127.0.0.1");

  private ListeningSockets() {}

  /** "pid address port" of every socket one of {@code pids} listens on. */
  static List<String> of(Collection<Long> pids) throws IOException {
    Map<String, String> listeners = listeningSocketsByInode();
    List<String> seen = new ArrayList<>();
    for (long pid : pids) {
      for (String inode : socketInodesOf(pid)) {
        if (listeners.containsKey(inode)) {
          seen.add(pid + " " + listeners.get(inode));
        }
      }
    }
    return seen;
  }

  /** The processes whose command line names {@code path}, such as a server's home. */
  static List<Long> processesNaming(Path path) throws IOException {
    String named = path.toAbsolutePath().normalize().toString();
    List<Long> pids = new ArrayList<>();
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : (Iterable<Path>) processes::iterator) {
        String name = process.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String commandLine = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
          if (commandLine.contains(named)) {
            pids.add(Long.parseLong(name));
          }
        } catch (IOException endedMeanwhile) {
          // the process ended while listing: it listens on nothing
        }
      }
    }
    return pids;
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
