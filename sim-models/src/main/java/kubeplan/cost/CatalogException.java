package kubeplan.cost;

/**
 * A price catalogue cannot be read, or lacks a price that the usage needs. The message names the
 * file and the item, e.g. {@code aws-us-east-1.yaml: no price for
 * loadBalancers.nlb.capacityUnit.hourly}.
 */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
