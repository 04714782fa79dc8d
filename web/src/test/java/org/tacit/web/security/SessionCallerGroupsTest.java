package org.tacit.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import java.security.Principal;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import org.junit.jupiter.api.Test;

class SessionCallerGroupsTest {

  private final Subject subject = new Subject();
  private final Principal hedda = () -> "hedda";

  @Test
  void theSessionCallerIsNamedWithTheGroupsOfTheirToken() {
    Callback[] callbacks =
        SessionCallerGroups.withGroups(
            new Callback[] {new CallerPrincipalCallback(subject, hedda)},
            hedda,
            () -> Set.of("hr-editor"));

    assertThat(callbacks).hasSize(2);
    assertThat(callbacks[0]).isInstanceOf(CallerPrincipalCallback.class);
    GroupPrincipalCallback groups = (GroupPrincipalCallback) callbacks[1];
    assertThat(groups.getGroups()).containsExactly("hr-editor");
    assertThat(groups.getSubject()).isSameAs(subject);
  }

  @Test
  void callbacksThatNameGroupsAlreadyAreLeftAsTheyAre() {
    Callback[] given = {
      new CallerPrincipalCallback(subject, hedda),
      new GroupPrincipalCallback(subject, new String[] {"viewer"})
    };

    assertThat(SessionCallerGroups.withGroups(given, hedda, () -> Set.of("hr-editor")))
        .isSameAs(given);
  }

  @Test
  void anotherCallerOrNoGroupsAddNothing() {
    Callback[] ada = {new CallerPrincipalCallback(subject, () -> "ada")};
    Callback[] heddaAlone = {new CallerPrincipalCallback(subject, hedda)};

    assertThat(SessionCallerGroups.withGroups(ada, hedda, () -> Set.of("hr-editor"))).isSameAs(ada);
    assertThat(SessionCallerGroups.withGroups(heddaAlone, hedda, Set::of)).hasSize(1);
  }
}
