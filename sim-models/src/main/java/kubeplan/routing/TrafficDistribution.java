package kubeplan.routing;

/** A Service's {@code trafficDistribution}: a preference among the endpoints its policy allows. */
public enum TrafficDistribution {
  /** No preference (the field unset). */
  NONE,
  /** Endpoints in the zone the traffic is in, when there are any; otherwise all of them. */
  PREFER_CLOSE
}
