package kubeplan.exposure;

import java.util.List;
import kubeplan.cluster.Pod;
import kubeplan.routing.EligibleEndpoints;
import kubeplan.routing.ServicePolicy;
import kubeplan.scenario.CallSpec;

/**
 * The service-to-service calls of every Service instance, resolved to indices: which instances a
 * call may reach (a call to an entry with copies spreads over them), and which endpoints
 * kube-proxy on each node may send it to under the callee's internal traffic policy.
 */
final class CallGraph {
  /** Per instance, its calls in order. */
  final CallSpec[][] calls;
  /** Per instance and call, the callee instances. */
  final int[][][] callees;
  /** Per callee instance and caller node, the eligible endpoints (pod indices). */
  final int[][][] internalEndpoints;
  /** The deepest chain of calls below a request's first pod, plus one for that pod. */
  final int depth;

  CallGraph(ExposurePlan plan, java.util.Map<Pod, Integer> podIndex) {
    ServiceInstances instances = plan.instances;
    calls = new CallSpec[instances.size()][];
    callees = new int[instances.size()][][];
    for (int i = 0; i < instances.size(); i++) {
      List<CallSpec> specs = instances.spec(i).calls();
      calls[i] = specs.toArray(new CallSpec[0]);
      callees[i] = new int[specs.size()][];
      for (int c = 0; c < specs.size(); c++) {
        callees[i][c] = instances.of(specs.get(c).service());
      }
    }
    internalEndpoints = new int[instances.size()][plan.nodes.size()][];
    for (int i = 0; i < instances.size(); i++) {
      var spec = instances.spec(i);
      ServicePolicy policy = new ServicePolicy(
          Vocabulary.policy(spec.externalTrafficPolicy()),
          Vocabulary.policy(spec.internalTrafficPolicy()),
          Vocabulary.distribution(spec.trafficDistribution()));
      for (int n = 0; n < plan.nodes.size(); n++) {
        List<Pod> eligible = EligibleEndpoints.internal(plan.topology, instances.name(i), policy,
            plan.nodes.get(n));
        internalEndpoints[i][n] = eligible.stream().mapToInt(podIndex::get).toArray();
      }
    }
    int deepest = 1;
    for (int i = 0; i < instances.size(); i++) {
      deepest = Math.max(deepest, depthBelow(i));
    }
    depth = deepest;
  }

  boolean calls(int instance) {
    return calls[instance].length > 0;
  }

  /** The length of the longest call chain starting at {@code instance}, itself included. */
  private int depthBelow(int instance) {
    int deepest = 0;
    for (int[] targets : callees[instance]) {
      for (int callee : targets) {
        deepest = Math.max(deepest, depthBelow(callee));
      }
    }
    return 1 + deepest;
  }
}
