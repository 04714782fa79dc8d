package org.tacit.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnAddressTest {

  private final Map<String, Object> attributes = new HashMap<>();
  private final HttpServletRequest request = mock(HttpServletRequest.class);

  @BeforeEach
  void aSessionThatKeepsAttributes() {
    HttpSession session = mock(HttpSession.class);
    when(session.getAttribute(anyString()))
        .thenAnswer(call -> attributes.get(call.<String>getArgument(0)));
    doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1)))
        .when(session)
        .setAttribute(anyString(), any());
    doAnswer(call -> attributes.remove(call.<String>getArgument(0)))
        .when(session)
        .removeAttribute(anyString());
    when(request.getSession(true)).thenReturn(session);
    when(request.getSession(false)).thenReturn(session);
    when(request.getContextPath()).thenReturn("/tacit");
  }

  @Test
  void aPageOpenedBeforeSignInIsReturnedToOnceWithItsQuery() {
    asked("GET", "/tacit/app/reports/", "department=FIN");

    ReturnAddress.remember(request, false);

    assertThat(ReturnAddress.take(request)).contains("/tacit/app/reports/?department=FIN");
    assertThat(ReturnAddress.take(request)).as("used once").isEmpty();
  }

  @Test
  void anAjaxPostbackReturnsToItsPageWithoutTheQuery() {
    asked("POST", "/tacit/app/index.xhtml", "x=1");

    ReturnAddress.remember(request, true);

    assertThat(ReturnAddress.take(request)).contains("/tacit/app/index.xhtml");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/tacit/",
        "//evil.example/",
        "/other-app/",
        "/tacit\\..\\evil"
      })
  void anAddressOutsideThePortalIsNeverReturnedTo(String stored) {
    attributes.put(ReturnAddress.class.getName(), stored);

    assertThat(ReturnAddress.take(request)).isEmpty();
  }

  private void asked(String method, String uri, String query) {
    when(request.getMethod()).thenReturn(method);
    when(request.getRequestURI()).thenReturn(uri);
    when(request.getQueryString()).thenReturn(query);
  }
}
