package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every socket that the portal's servers (Payara and Keycloak) listen on is bound to 127.0.0.1:
 * read from the kernel's socket tables (/proc/net) and the processes' open files, so a listener
 * nobody thought of (Hazelcast, JMS, JMX, IIOP, a management port) cannot slip through.
 */
@ExtendWith(Portal.class)
class LoopbackOnlyIT {

  private final Portal portal = Portal.get();

  @Test
  void payaraAndKeycloakListenOnLoopbackOnly() throws IOException {
    List<String> seen = ListeningSockets.of(portal.serverProcesses());

    assertThat(seen).as("the servers listen at all").hasSizeGreaterThanOrEqualTo(3);
    assertThat(seen)
        .allSatisfy(socket -> assertThat(ListeningSockets.LOOPBACK).contains(socket.split(" ")[1]));
  }
}
