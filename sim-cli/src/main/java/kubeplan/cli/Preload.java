package kubeplan.cli;

import kubeplan.cost.PriceCatalog;
import kubeplan.scenario.ScenarioSchema;

/**
 * Loads the scenario schema and the built-in price catalogues on a background thread while the
 * command line is parsed. Both are needed before a run's first event and took about 0.6 s of the
 * 1.3 s from JVM start to it (class-load log of a run of scenarios/validation/mm1.yaml), while the
 * second core sat idle; whichever thread needs one first waits for it to be ready.
 */
final class Preload {
  private Preload() {}

  static void start() {
    Thread loader = new Thread(Preload::load, "preload");
    loader.setDaemon(true);
    loader.start();
  }

  private static void load() {
    ScenarioSchema.get();
    PriceCatalog.preload();
  }
}
