package kubeplan.report.csv;

import java.util.function.Function;

/** One column of a CSV file: its header and how a row's item becomes the cell's text. */
record Column<T>(String name, Function<Row<T>, String> cell) {}
