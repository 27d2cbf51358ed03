package kubeplan.network;

/** The key type of the certificate where TLS terminates, which sets the handshake's CPU cost. */
public enum TlsKey {
  /** ECDSA on P-256 with ECDHE: the default (see docs/model.md for why). */
  ECDSA_P256,
  /** RSA 2048-bit with ECDHE: what cert-manager and ACM issue unless told otherwise. */
  RSA_2048
}
