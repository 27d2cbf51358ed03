package kubeplan.exposure;

import java.util.Optional;
import kubeplan.random.Distribution;

/**
 * The one-way time of each hop a request of one exposure can take, resolved from the network
 * profile and the scenario's overrides.
 *
 * @param veth pod to its node, or back
 * @param crossNode node to another node in the same zone
 * @param crossZone node to a node in another zone
 * @param encapsulation added to every cross-node traversal by an overlay CNI; empty otherwise
 * @param internet client to the cluster's edge, or back
 * @param loadBalancer through the exposure's cloud load balancer; empty for NodePort
 * @param loadBalancerOnReturn whether responses pass the load balancer (false with direct server
 *     return)
 * @param kubeProxyNewConnection kube-proxy's cost for the first packet of a new connection
 * @param kubeProxyPerPacket kube-proxy's cost for the packets of an established connection
 * @param connectionSetup a TCP handshake's overhead beyond one round trip of the path
 * @param tlsHandshake the CPU time of a full TLS handshake where TLS terminates
 * @param controllerProcessing an ingress controller's work per request
 * @param controllerResponseProcessing an ingress controller's work per response
 * @param nodeBytesPerSecond a node's NIC bandwidth
 * @param flowBytesPerSecond the fastest one connection goes between nodes
 */
record Latencies(
    Distribution veth,
    Distribution crossNode,
    Distribution crossZone,
    Optional<Distribution> encapsulation,
    Distribution internet,
    Optional<Distribution> loadBalancer,
    boolean loadBalancerOnReturn,
    Distribution kubeProxyNewConnection,
    Distribution kubeProxyPerPacket,
    Distribution connectionSetup,
    Distribution tlsHandshake,
    Distribution controllerProcessing,
    Distribution controllerResponseProcessing,
    double nodeBytesPerSecond,
    double flowBytesPerSecond) {}
