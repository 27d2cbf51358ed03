package kubeplan.network;

import java.util.Objects;
import kubeplan.random.Distribution;

/**
 * What opening a connection costs beyond its path, in seconds.
 *
 * @param tcpOverhead added to one round trip of the path for a new TCP connection (socket set-up
 *     and tear-down on both ends)
 * @param ecdsaHandshake CPU time of a full TLS handshake with an ECDSA P-256 certificate
 * @param rsaHandshake CPU time of a full TLS handshake with an RSA-2048 certificate
 */
public record ConnectionSetup(
    Distribution tcpOverhead, Distribution ecdsaHandshake, Distribution rsaHandshake) {
  public ConnectionSetup {
    Objects.requireNonNull(tcpOverhead, "tcpOverhead");
    Objects.requireNonNull(ecdsaHandshake, "ecdsaHandshake");
    Objects.requireNonNull(rsaHandshake, "rsaHandshake");
  }

  /** The CPU time of a full handshake where TLS terminates, by certificate key. */
  public Distribution tlsHandshake(TlsKey key) {
    return switch (key) {
      case ECDSA_P256 -> ecdsaHandshake;
      case RSA_2048 -> rsaHandshake;
    };
  }
}
