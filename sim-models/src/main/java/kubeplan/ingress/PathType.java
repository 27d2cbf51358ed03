package kubeplan.ingress;

/**
 * How an Ingress path is compared with a request path, as {@code pathType} of Ingress v1 defines
 * it.
 */
public enum PathType {
  /** The request path equals the rule's path, case-sensitively. */
  EXACT,
  /** The rule's path is a prefix of the request path, element by element on {@code /}. */
  PREFIX,
  /**
   * Left to the IngressClass; kubeplan reads it as {@link #PREFIX}, with the {@code /*} suffix of
   * older (GKE glob) manifests meaning "this path and everything below it".
   */
  IMPLEMENTATION_SPECIFIC
}
