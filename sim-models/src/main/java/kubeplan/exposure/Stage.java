package kubeplan.exposure;

/**
 * Where a request is going when a node link or a merged network delay releases it: the values of
 * its {@link RequestAttributes#stage} attribute, so each continuation is bound once per model.
 */
final class Stage {
  /** On its way in to an ingress controller pod. */
  static final int TO_CONTROLLER = 0;
  /** On its way to a Service's pod, from outside or from a caller. */
  static final int TO_POD = 1;
  /** The response, on its way back from the pod to the ingress controller. */
  static final int RESPONSE_TO_CONTROLLER = 2;
  /** The response, on its way out of the cluster to the client. */
  static final int RESPONSE_OUT = 3;
  /** A call's response, on its way back to the calling pod. */
  static final int CALL_BACK = 4;

  private Stage() {}
}
