package kubeplan.scenario.sweep;

import java.util.Optional;

/**
 * One place a sweep key sets: a field of the scenario, or a parameter of the distribution or
 * arrival process written in that field.
 *
 * @param pointer the field's JSON pointer
 * @param parameter the parameter's name when the key reaches into the field's value
 * @param kind what the value measures, which decides its CSV base unit
 */
record SweepTarget(String pointer, Optional<String> parameter, ValueKind kind) {}
