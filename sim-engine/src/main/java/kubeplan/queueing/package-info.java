/**
 * General discrete-event blocks that models build request flows from: {@link
 * kubeplan.queueing.Source}s create {@link kubeplan.queueing.Request}s, which pass through {@link
 * kubeplan.queueing.Station}s (FCFS, c workers, optional bounded queue), pure {@link
 * kubeplan.queueing.Delay}s and {@link kubeplan.queueing.Link}s, steered by {@link
 * kubeplan.queueing.Balancer}s; a {@link kubeplan.queueing.Drain} ends the replication once the
 * last request is done.
 *
 * <p>A model registers its hop kinds and request attributes once, draws every random attribute of a
 * request when it is created (common random numbers: every variant sees the same requests), and
 * wires blocks with {@code Consumer<Request>}s bound once:
 *
 * <pre>{@code
 * RequestLayout.Builder names = RequestLayout.builder();
 * int demand = names.attribute("web.demand");
 * int wire = names.hop("client-to-web");
 * int web = names.hop("web");
 * RequestLayout layout = names.build();
 *
 * Station station = Station.builder(engine, "web", window)
 *     .workers(4).queueLimit(100)
 *     .serviceTime(Sampler.carried(demand)).hop(web)
 *     .whenServed(done).whenRejected(failed)
 *     .build();
 * Delay toWeb = Delay.builder(engine)
 *     .hop(wire, Sampler.of(wireLatency, streams.stream("client-to-web")))
 *     .to(station::arrive);
 * Source source = Source.of(arrivals, engine, streams.stream("arrivals"),
 *     new Requests(layout, window),
 *     request -> {
 *       request.setAttribute(demand, serviceTime.sample(demandStream));
 *       drain.entered();
 *       toWeb.arrive(request);
 *     },
 *     drain::sourceExhausted);
 * }</pre>
 *
 * <p>No block knows Kubernetes; none allocates per event beyond the request itself.
 */
package kubeplan.queueing;
