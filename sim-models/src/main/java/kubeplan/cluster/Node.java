package kubeplan.cluster;

/**
 * A worker node.
 *
 * @param name {@code <zone>-<i>}, where {@code i} counts the zone's nodes from 0 ({@code a-0},
 *     {@code b-1})
 * @param index position in {@link Topology#nodes()}, from 0; node {@code i} is in zone {@code i mod
 *     zones}
 * @param zone the zone it runs in
 */
public record Node(String name, int index, Zone zone) {}
