/**
 * The reports of a kubeplan run, written from its {@code kubeplan.results} records: CSV files and
 * run.json ({@code csv}), PNG charts ({@code chart}) and a self-contained HTML page ({@code html}),
 * put in place atomically. Nothing here knows how the results were simulated.
 */
package kubeplan.report;
