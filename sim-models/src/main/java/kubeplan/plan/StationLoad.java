package kubeplan.plan;

/**
 * The offered utilisation of one kind of station: arrival rate × mean work over its servers.
 *
 * @param station {@code pod/<service>} for all pods of a service, or {@code ingress-controller}
 * @param servers workers over all its pods
 * @param utilisation offered load per server; at 1 or more the station cannot keep up
 */
public record StationLoad(String station, int servers, double utilisation) {}
