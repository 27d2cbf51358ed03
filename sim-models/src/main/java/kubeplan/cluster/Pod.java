package kubeplan.cluster;

/**
 * A placed pod: one endpoint of its Service.
 *
 * @param name {@code <service>-<k>}, {@code k} counting the Service's pods from 0
 * @param service the Service it backs (ingress controller pods back their controller's Service)
 * @param index position in {@link Topology#pods()}, from 0
 * @param node where it runs
 */
public record Pod(String name, String service, int index, Node node) {
  public Zone zone() {
    return node.zone();
  }
}
