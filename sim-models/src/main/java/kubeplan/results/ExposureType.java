package kubeplan.results;

/** The three ways of exposing Services that kubeplan compares, named as Kubernetes names them. */
public enum ExposureType {
  LOAD_BALANCER("LoadBalancer"),
  NODE_PORT("NodePort"),
  INGRESS("Ingress");

  private final String text;

  ExposureType(String text) {
    this.text = text;
  }

  /** The name as written in scenario files and summary.csv. */
  public String text() {
    return text;
  }
}
