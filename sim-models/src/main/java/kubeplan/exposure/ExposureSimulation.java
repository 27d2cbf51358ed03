package kubeplan.exposure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kubeplan.engine.Runner;
import kubeplan.queueing.Link;
import kubeplan.queueing.Station;
import kubeplan.random.RandomStreams;
import kubeplan.results.ComponentKind;
import kubeplan.stats.MeasurementWindow;

/** Runs one replication of one exposure and collects what it measured. */
final class ExposureSimulation {
  private ExposureSimulation() {}

  /**
   * Simulates {@code plan} with the random streams of ({@code seed}, {@code replication}) over
   * the window {@code [warmup, warmup + duration)}, then until every measured request has
   * completed, failed, or outlived the client's timeout.
   */
  static ReplicationOutcome run(ExposurePlan plan, long seed, int replication,
      double warmupSeconds, double durationSeconds) {
    MeasurementWindow window =
        new MeasurementWindow(warmupSeconds, warmupSeconds + durationSeconds);
    double timeout = plan.scenario.workload().timeout().toNanos() / 1e9;
    double horizon = window.end() + timeout;
    ExposureModel[] model = new ExposureModel[1];
    String id = plan.scenario.name() + "/" + plan.exposure.name() + "/" + replication;
    Runner.run(id, horizon, engine -> {
      model[0] = new ExposureModel(plan, engine, new RandomStreams(seed, replication), window,
          horizon);
      model[0].start();
    });
    ExposureModel done = model[0];
    done.measurements().closeAtHorizon();
    return new ReplicationOutcome(window.length(), done.measurements(), done.traffic(),
        stations(plan, done, horizon));
  }

  private static List<ReplicationOutcome.StationMeasure> stations(ExposurePlan plan,
      ExposureModel model, double end) {
    List<ReplicationOutcome.StationMeasure> stations = new ArrayList<>();
    Station[] pods = model.pods();
    for (int p = 0; p < pods.length; p++) {
      if (pods[p] != null) {
        var pod = plan.pods.get(p);
        stations.add(new ReplicationOutcome.StationMeasure("pod/" + pod.service() + "/"
            + pod.index(), ComponentKind.POD, Optional.of(pod.zone().name()),
            Optional.of(pod.node().name()), pods[p].statistics(end)));
      }
    }
    Station[] controllers = model.controllers();
    for (int c = 0; c < controllers.length; c++) {
      var pod = plan.pods.get(plan.controllers[c]);
      stations.add(new ReplicationOutcome.StationMeasure("ingress-controller/" + c,
          ComponentKind.INGRESS_CONTROLLER, Optional.of(pod.zone().name()),
          Optional.of(pod.node().name()), controllers[c].statistics(end)));
    }
    Link[] links = model.links();
    for (int n = 0; n < links.length; n++) {
      if (links[n] != null) {
        var node = plan.nodes.get(n);
        stations.add(new ReplicationOutcome.StationMeasure("link/" + node.name(),
            ComponentKind.LINK, Optional.of(node.zone().name()), Optional.of(node.name()),
            links[n].statistics(end)));
      }
    }
    return stations;
  }
}
