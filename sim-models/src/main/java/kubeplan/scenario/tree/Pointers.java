package kubeplan.scenario.tree;

import java.util.ArrayList;
import java.util.List;

/** JSON pointers (RFC 6901) as plain strings: {@code ""} is the root, {@code /a/0/b} a path. */
public final class Pointers {
  private Pointers() {}

  /** The pointer of member {@code name} (or list index) of the node at {@code parent}. */
  public static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of element {@code index} of the list at {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** The pointer of the parent of {@code pointer}; the root is its own parent. */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? "" : pointer.substring(0, slash);
  }

  /** The unescaped segments of {@code pointer}, root first. */
  public static List<String> segments(String pointer) {
    List<String> segments = new ArrayList<>();
    if (pointer.isEmpty()) {
      return segments;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      segments.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return segments;
  }

  /** Whether {@code pointer} is {@code ancestor} or lies below it. */
  public static boolean isWithin(String pointer, String ancestor) {
    return pointer.equals(ancestor)
        || (pointer.startsWith(ancestor) && pointer.charAt(ancestor.length()) == '/');
  }
}
