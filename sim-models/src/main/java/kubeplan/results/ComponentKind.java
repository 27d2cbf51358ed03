package kubeplan.results;

/** The kinds of component instance in components.csv; each is the prefix of its name. */
public enum ComponentKind {
  POD("pod"),
  INGRESS_CONTROLLER("ingress-controller"),
  LOAD_BALANCER("load-balancer"),
  NODE_PROXY("node-proxy"),
  LINK("link");

  private final String text;

  ComponentKind(String text) {
    this.text = text;
  }

  /** The kind as written in components.csv. */
  public String text() {
    return text;
  }
}
