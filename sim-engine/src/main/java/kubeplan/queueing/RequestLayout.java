package kubeplan.queueing;

import java.util.ArrayList;
import java.util.List;

/**
 * The names behind a model's request arrays: its hop kinds and attributes, each registered once
 * when the model is built and then addressed by index on the hot path.
 */
public final class RequestLayout {
  /** The most hop kinds a layout can hold: one bit each in {@link Request#hopsVisited()}. */
  public static final int MAX_HOPS = 64;

  private final List<String> hops;
  private final List<String> intAttributes;
  private final List<String> attributes;

  private RequestLayout(Builder builder) {
    this.hops = List.copyOf(builder.hops);
    this.intAttributes = List.copyOf(builder.intAttributes);
    this.attributes = List.copyOf(builder.attributes);
  }

  /** Starts an empty layout. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of hop kinds. */
  public int hops() {
    return hops.size();
  }

  /** The name of hop kind {@code hop}, for reports. */
  public String hopName(int hop) {
    return hops.get(hop);
  }

  /** The number of int attributes. */
  public int intAttributes() {
    return intAttributes.size();
  }

  /** The name of int attribute {@code index}. */
  public String intAttributeName(int index) {
    return intAttributes.get(index);
  }

  /** The number of number attributes. */
  public int attributes() {
    return attributes.size();
  }

  /** The name of number attribute {@code index}. */
  public String attributeName(int index) {
    return attributes.get(index);
  }

  /** Registers names and hands out their indices. */
  public static final class Builder {
    private final List<String> hops = new ArrayList<>();
    private final List<String> intAttributes = new ArrayList<>();
    private final List<String> attributes = new ArrayList<>();

    private Builder() {}

    /**
     * Registers a hop kind and returns its index.
     *
     * @throws IllegalArgumentException if the name is taken or there would be more than {@link
     *     #MAX_HOPS}
     */
    public int hop(String name) {
      if (hops.size() == MAX_HOPS) {
        throw new IllegalArgumentException(
            "a request layout holds at most " + MAX_HOPS + " hop kinds; cannot add '" + name + "'");
      }
      return add(hops, "hop", name);
    }

    /** Registers an int attribute and returns its index. */
    public int intAttribute(String name) {
      return add(intAttributes, "int attribute", name);
    }

    /** Registers a number attribute and returns its index. */
    public int attribute(String name) {
      return add(attributes, "attribute", name);
    }

    public RequestLayout build() {
      return new RequestLayout(this);
    }

    private static int add(List<String> names, String kind, String name) {
      if (names.contains(name)) {
        throw new IllegalArgumentException(kind + " '" + name + "' is already registered");
      }
      names.add(name);
      return names.size() - 1;
    }
  }
}
