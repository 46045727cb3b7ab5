package io.greenwave.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every view-scoped bean, and everything its fields hold, is Serializable: Faces keeps the beans of
 * a user's open pages in one session attribute ({@code com.sun.faces.application.view
 * .activeViewMaps}), and with {@code <distributable/>} the session is serialized into the data
 * grid. One field of a type that is not Serializable (a result record, say) and Payara logs that
 * the attribute could not be serialized and leaves it out: every page the user has open loses its
 * state on the next node. Injected fields are CDI proxies of normal-scoped beans (serializable) and
 * are left out of the check.
 */
class ViewBeansSerializableTest {

  @Test
  void viewScopedBeansHoldOnlySerializableState() throws Exception {
    List<Class<?>> beans = viewScopedBeans();
    assertTrue(beans.size() >= 8, "view-scoped beans found: " + beans);
    List<String> problems = new ArrayList<>();
    Set<Type> seen = new HashSet<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      checkFields(bean, bean.getSimpleName(), seen, problems);
    }
    assertEquals(List.of(), problems);
  }

  private static void checkFields(
      Class<?> type, String path, Set<Type> seen, List<String> problems) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (!c.getName().startsWith("io.greenwave.")) {
        break; // a library's base class (e.g. LazyDataModel) is its own concern
      }
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
          continue;
        }
        if (f.isAnnotationPresent(Inject.class)) {
          continue; // a CDI client proxy, serializable
        }
        check(f.getGenericType(), path + "." + f.getName(), seen, problems);
      }
    }
  }

  private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        check(bound, path, seen, problems);
      }
      return;
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (Collection.class.isAssignableFrom(raw)
          || Map.class.isAssignableFrom(raw)
          || raw == Optional.class) {
        for (Type argument : p.getActualTypeArguments()) {
          check(argument, path + "<>", seen, problems);
        }
        if (!raw.isInterface()) {
          check(raw, path, seen, problems);
        }
        return;
      }
      check(raw, path, seen, problems);
      return;
    }
    if (!(type instanceof Class<?> c) || c.isPrimitive() || c == Object.class) {
      return;
    }
    if (c.isArray()) {
      check(c.getComponentType(), path + "[]", seen, problems);
      return;
    }
    if (c.isInterface()) {
      return; // what implements it is decided at run time
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(path + ": " + c.getName() + " is not Serializable");
      return;
    }
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        check(rc.getGenericType(), path + "." + rc.getName(), seen, problems);
      }
    } else if (c.getName().startsWith("io.greenwave.") && !c.isEnum()) {
      checkFields(c, path, seen, problems);
    }
  }

  /** The classes of the WAR annotated with Faces' or OmniFaces' {@code @ViewScoped}. */
  private static List<Class<?>> viewScopedBeans() throws Exception {
    Path classes =
        Path.of(ConsoleAccess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        Class<?> c;
        try {
          c = Class.forName(name, false, ViewBeansSerializableTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError notLoadable) {
          continue;
        }
        for (var annotation : c.getDeclaredAnnotations()) {
          if (annotation.annotationType().getSimpleName().equals("ViewScoped")) {
            beans.add(c);
          }
        }
      }
    }
    return beans;
  }
}
