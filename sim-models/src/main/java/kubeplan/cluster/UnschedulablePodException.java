package kubeplan.cluster;

/** A pod that fits on no node it may go to, naming the Service and the resource that is short. */
public final class UnschedulablePodException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String service;
  private final String resource;

  UnschedulablePodException(String service, String resource, String message) {
    super(message);
    this.service = service;
    this.resource = resource;
  }

  public String service() {
    return service;
  }

  /** {@code cpu}, {@code memory}, or {@code cpu and memory} when no node has both at once. */
  public String resource() {
    return resource;
  }
}
