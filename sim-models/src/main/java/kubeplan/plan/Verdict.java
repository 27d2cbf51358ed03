package kubeplan.plan;

/** What simulation concluded about one configuration against the SLO. */
public enum Verdict {
  /** Every target met at the upper end of its confidence interval. */
  MET,
  /** Some target missed even at the lower end of its confidence interval. */
  MISSED,
  /** Some interval still straddled its target after the most replications allowed. */
  UNDECIDED;

  /** Only {@link #MET} counts as meeting the SLO: "met" is met with the stated confidence. */
  public boolean met() {
    return this == MET;
  }
}
