/**
 * The complete, already computed results of one {@code kubeplan run}: immutable records that the
 * runner fills and the reports only format.
 *
 * <p>The records mirror the files of {@code outputs.md}. Values that can be absent (a latency when
 * no request succeeded, a utilisation for a pure delay) are {@code Optional}s, never {@code NaN} or
 * {@code null}. Figures that follow from others by definition (the monthly cost from the cost
 * items, the SLO verdict from its checks, the cheapest exposure meeting the SLO) are methods, so
 * they can never disagree with what they are derived from. What the scenario already models (its
 * run settings, sweep values, exposure types, where the SLO is measured) is reused from {@code
 * kubeplan.scenario}.
 */
package kubeplan.results;
