package org.tacit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a session and a page's view state hold can be written out: a server may passivate a session
 * or hand it to another in a cluster (issue 16), and a field that cannot be serialised loses the
 * user's page. Every field of every view- and session-scoped bean is followed through its generic
 * type, the components of its records and the fields of its classes; injected beans are proxies the
 * container serialises itself.
 */
class SessionStateTest {

  @Test
  void everythingAViewOrSessionKeepsCanBeSerialised() {
    List<Class<?>> beans = new ArrayList<>();
    for (JavaClass bean :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tacit.web")) {
      if (bean.isAnnotatedWith(ViewScoped.class)
          || bean.isAnnotatedWith(SessionScoped.class)
          || bean.isAnnotatedWith(ConversationScoped.class)) {
        beans.add(bean.reflect());
      }
    }
    assertThat(beans).as("the view-scoped beans found").hasSizeGreaterThan(10);

    List<String> problems = new ArrayList<>();
    Set<Type> checked = new HashSet<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (kept(field)) {
            check(
                field.getGenericType(),
                c.getSimpleName() + "." + field.getName(),
                checked,
                problems);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Whether serialising writes the field: not a static, a transient or an injected proxy. */
  private static boolean kept(Field field) {
    int modifiers = field.getModifiers();
    return !Modifier.isStatic(modifiers)
        && !Modifier.isTransient(modifiers)
        && !field.isAnnotationPresent(Inject.class)
        && !field.isAnnotationPresent(EJB.class);
  }

  private static void check(Type type, String path, Set<Type> checked, List<String> problems) {
    if (!checked.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      check(p.getRawType(), path, checked, problems);
      for (Type argument : p.getActualTypeArguments()) {
        check(argument, path + "<>", checked, problems);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        check(bound, path, checked, problems);
      }
    } else if (type instanceof GenericArrayType a) {
      check(a.getGenericComponentType(), path + "[]", checked, problems);
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        check(bound, path, checked, problems);
      }
    } else if (type instanceof Class<?> c) {
      checkClass(c, path, checked, problems);
    }
  }

  private static void checkClass(
      Class<?> c, String path, Set<Type> checked, List<String> problems) {
    if (c.isPrimitive()
        || c.isEnum()
        || c == Object.class
        || c.getName().startsWith("java.lang.")) {
      return;
    }
    if (c.isArray()) {
      check(c.getComponentType(), path + "[]", checked, problems);
      return;
    }
    if (Collection.class.isAssignableFrom(c)
        || Map.class.isAssignableFrom(c)
        || Temporal.class.isAssignableFrom(c)) {
      return; // the JDK's collections and times serialise when their elements do (checked above)
    }
    if (c.isInterface()) {
      if (c.isSealed()) {
        for (Class<?> permitted : c.getPermittedSubclasses()) {
          checkClass(permitted, path, checked, problems);
        }
      }
      return; // what implements it is checked where it is a field's declared class
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(path + ": " + c.getName() + " is not Serializable");
      return;
    }
    if (c.getName().startsWith("java.") || c.getName().startsWith("jakarta.")) {
      return;
    }
    if (c.isRecord()) {
      for (RecordComponent component : c.getRecordComponents()) {
        check(component.getGenericType(), path + "." + component.getName(), checked, problems);
      }
      return;
    }
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field field : k.getDeclaredFields()) {
        if (kept(field)) {
          check(field.getGenericType(), path + "." + field.getName(), checked, problems);
        }
      }
    }
  }
}
