package org.tacit.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.web.security.PortalRole;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AreaAccessTest {

  @ParameterizedTest
  @CsvSource({
    "TACIT_ADMIN,      INVENTORY LIBRARY ASSESSMENT REPORTS ADMIN METHOD",
    "STRATEGY_ANALYST, INVENTORY LIBRARY ASSESSMENT REPORTS METHOD",
    "HR_EDITOR,        INVENTORY LIBRARY ASSESSMENT REPORTS METHOD",
    "VIEWER,           INVENTORY LIBRARY REPORTS METHOD",
  })
  void eachRoleOpensItsAreas(PortalRole role, String expected) {
    List<Area> open =
        EnumSet.allOf(Area.class).stream().filter(area -> area.openTo(Set.of(role))).toList();

    assertThat(open)
        .containsExactlyElementsOf(
            List.of(expected.split(" ")).stream().map(Area::valueOf).toList());
  }

  @Test
  void aUserWithoutPortalRoleOpensNothing() {
    assertThat(EnumSet.allOf(Area.class)).noneMatch(area -> area.openTo(Set.of()));
  }

  @ParameterizedTest
  @EnumSource(Area.class)
  void webXmlGuardsEachAreaWithExactlyTheRolesOfTheMenu(Area area) throws Exception {
    assertThat(constrainedRoles(area.path() + "*")).isEqualTo(roleNames(area.allowed()));
  }

  private static Set<String> roleNames(Set<PortalRole> roles) {
    Set<String> names = new HashSet<>();
    roles.forEach(role -> names.add(role.roleName()));
    return names;
  }

  /** The roles of the security constraint whose URL pattern is exactly {@code pattern}. */
  private static Set<String> constrainedRoles(String pattern) throws Exception {
    Document webXml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
    NodeList constraints = webXml.getElementsByTagName("security-constraint");
    for (int i = 0; i < constraints.getLength(); i++) {
      Element constraint = (Element) constraints.item(i);
      NodeList patterns = constraint.getElementsByTagName("url-pattern");
      for (int j = 0; j < patterns.getLength(); j++) {
        if (patterns.item(j).getTextContent().strip().equals(pattern)) {
          Set<String> roles = new HashSet<>();
          NodeList names = constraint.getElementsByTagName("role-name");
          for (int k = 0; k < names.getLength(); k++) {
            roles.add(names.item(k).getTextContent().strip());
          }
          return roles;
        }
      }
    }
    throw new AssertionError("web.xml has no security constraint for " + pattern);
  }
}
