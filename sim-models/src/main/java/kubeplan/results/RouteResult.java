package kubeplan.results;

import java.util.OptionalDouble;

/**
 * One entry of the workload mix ({@code host/path} or {@code service}, as written) and the Service
 * it reached. Latencies are empty when none of its requests succeeded.
 */
public record RouteResult(
    String route,
    String targetService,
    double requestsRps,
    double errorRate,
    OptionalDouble latencyMeanMs,
    OptionalDouble latencyP50Ms,
    OptionalDouble latencyP99Ms) {
  public RouteResult {
    Checks.nonBlank("route", route);
    Checks.nonNegative("requests_rps", requestsRps);
    Checks.fraction("error_rate", errorRate);
    latencyMeanMs.ifPresent(value -> Checks.nonNegative("latency_mean_ms", value));
    latencyP50Ms.ifPresent(value -> Checks.nonNegative("latency_p50_ms", value));
    latencyP99Ms.ifPresent(value -> Checks.nonNegative("latency_p99_ms", value));
  }
}
