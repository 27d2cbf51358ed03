package kubeplan.exposure;

/** Why a request failed, as summary.csv counts them. */
enum ErrorCause {
  /** A full queue or connection limit answered 503. */
  REJECTED,
  /** The client gave up after its timeout, or never got an answer. */
  TIMEOUT,
  /** No Ingress rule or Service matched the request (404). */
  UNROUTABLE,
  /** The network dropped it: a Local traffic policy with no local endpoint. */
  DROPPED
}
