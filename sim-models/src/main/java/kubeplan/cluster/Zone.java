package kubeplan.cluster;

/**
 * A failure domain of the cluster (an availability zone).
 *
 * @param name {@code a}, {@code b}, {@code c}, … in order
 * @param index position in {@link Topology#zones()}, from 0
 */
public record Zone(String name, int index) {
  /** The most zones a cluster may have: one per letter of {@code a}–{@code z}. */
  public static final int MAX_ZONES = 26;

  /** The zone at {@code index}, named by its letter. */
  public static Zone at(int index) {
    if (index < 0 || index >= MAX_ZONES) {
      throw new IllegalArgumentException("zone index must be in [0, " + MAX_ZONES + "): " + index);
    }
    return new Zone(String.valueOf((char) ('a' + index)), index);
  }
}
