package org.tacit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The project's classes that {@code web.xml} and {@code faces-config.xml} name as text (error pages
 * by exception type, listeners, converters) exist: a class moved to another package is a compile
 * error in Java but only a broken error page, or no Ajax message at all, at run time.
 */
class ClassNamesInConfigurationTest {

  private static final Pattern PROJECT_CLASS =
      Pattern.compile("<(exception-type|[a-z-]*-class)>\\s*(org\\.tacit\\.[A-Za-z0-9_.$]+)\\s*</");

  @Test
  void everyProjectClassTheConfigurationNamesExists() throws IOException {
    List<String> named = new ArrayList<>();
    for (String file : List.of("web.xml", "faces-config.xml")) {
      Matcher m = PROJECT_CLASS.matcher(Files.readString(Path.of("src/main/webapp/WEB-INF", file)));
      while (m.find()) {
        named.add(m.group(2));
      }
    }
    assertThat(named).as("web.xml names the refusal it turns into the forbidden page").isNotEmpty();
    for (String name : named) {
      assertThat(exists(name)).as(name).isTrue();
    }
  }

  private static boolean exists(String name) {
    try {
      Class.forName(name, false, ClassNamesInConfigurationTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
