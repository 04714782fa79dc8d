package org.tacit.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behind the load balancer the trail names the person's browser, and nobody can forge it. */
class ClientAddressTest {

  private static final Set<String> BALANCER = Set.of("10.0.0.2");

  @Test
  void behindTheTrustedBalancerTheTrailNamesTheAddressItSaw() {
    assertThat(ClientAddress.of("10.0.0.2", "192.168.7.31", BALANCER)).isEqualTo("192.168.7.31");
    assertThat(ClientAddress.of("10.0.0.2", "2001:db8::7", BALANCER)).isEqualTo("2001:db8::7");
  }

  @Test
  void aClientThatWritesItsOwnHeaderIsNamedByTheAddressTheBalancerSaw() {
    // the client sent "X-Forwarded-For: 1.2.3.4"; the balancer appended what it saw
    assertThat(ClientAddress.of("10.0.0.2", "1.2.3.4, 192.168.7.31", BALANCER))
        .isEqualTo("192.168.7.31");
  }

  @Test
  void theHeaderFromAnyoneButTheBalancerIsIgnored() {
    assertThat(ClientAddress.of("192.168.7.31", "127.0.0.1", BALANCER)).isEqualTo("192.168.7.31");
    assertThat(ClientAddress.of("192.168.7.31", "127.0.0.1", Set.of())).isEqualTo("192.168.7.31");
  }

  @Test
  void whatIsNotAnAddressIsNeverWrittenIntoTheTrail() {
    assertThat(ClientAddress.of("10.0.0.2", "\"><script>alert(1)</script>", BALANCER))
        .isEqualTo("10.0.0.2");
    assertThat(ClientAddress.of("10.0.0.2", "1.2.3.4\nuser=\"ada\"", BALANCER))
        .isEqualTo("10.0.0.2");
    assertThat(ClientAddress.of("10.0.0.2", " , ", BALANCER)).isEqualTo("10.0.0.2");
    assertThat(ClientAddress.of("10.0.0.2", null, BALANCER)).isEqualTo("10.0.0.2");
  }
}
