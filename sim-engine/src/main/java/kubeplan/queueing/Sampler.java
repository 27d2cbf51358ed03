package kubeplan.queueing;

import kubeplan.random.Distribution;
import kubeplan.random.RandomStream;

/**
 * A number for each request that passes a block: a service time, a delay, a size. Either drawn from
 * a distribution on the block's own stream, or carried by the request, drawn when it was created so
 * that every model variant sees the same value (common random numbers).
 */
@FunctionalInterface
public interface Sampler {
  /** The value for {@code request}. */
  double next(Request request);

  /** Draws each value from {@code distribution} with {@code stream}, which no other block uses. */
  static Sampler of(Distribution distribution, RandomStream stream) {
    return request -> distribution.sample(stream);
  }

  /** Takes each value from the request's number attribute {@code attribute}. */
  static Sampler carried(int attribute) {
    return request -> request.attribute(attribute);
  }

  /** Always {@code value}. */
  static Sampler constant(double value) {
    return request -> value;
  }
}
