package kubeplan.scenario;

/**
 * Kubernetes' external and internal traffic policies: whether a node may forward to endpoints on
 * other nodes ({@link #CLUSTER}) or only to its own ({@link #LOCAL}).
 */
public enum TrafficPolicy {
  CLUSTER,
  LOCAL
}
