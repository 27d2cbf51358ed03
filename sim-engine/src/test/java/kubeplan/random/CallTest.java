package kubeplan.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import kubeplan.value.ValueSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallTest {

  @Test
  void parse_namedPositionalNestedAndList_keepsEachParameter() {
    Call call =
        Call.parse("mix(3, rates=[100/s, 1000/s], thinkTime=exponential(mean=1s), file=a b.csv)");
    assertEquals("mix", call.family());
    assertEquals(
        List.of(
            new Call.Param(null, "3"),
            new Call.Param("rates", "[100/s, 1000/s]"),
            new Call.Param("thinkTime", "exponential(mean=1s)"),
            new Call.Param("file", "a b.csv")),
        call.params());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "poisson(rate=2000/s)|poisson(rate=2000/s)",
        "'  poisson ( rate = 2000/s ) '|poisson(rate=2000/s)",
        "mmpp(rates=[ 100/s ,1000/s ],switch=[60s,10s])|mmpp(rates=[100/s, 1000/s], switch=[60s,"
            + " 10s])",
        "closed(users=2,thinkTime=lognormal( median=1s,p99=4s ))|closed(users=2,"
            + " thinkTime=lognormal(median=1s, p99=4s))",
        "constant(2ms)|constant(2ms)",
        "nothing()|nothing()",
        "nested(a=[[1, 2], [], f(x=[y])])|nested(a=[[1, 2], [], f(x=[y])])",
      })
  void toString_isCanonical_andParsesBackToAnEqualCall(String text, String canonical) {
    Call call = Call.parse(text);
    assertEquals(canonical, call.toString());
    assertEquals(call, Call.parse(call.toString()));
  }

  @Test
  void with_existingName_replacesItInPlace() {
    Call call = Call.parse("poisson(rate=2000/s, x=1)");
    assertEquals("poisson(rate=500/s, x=1)", call.with("rate", "500/s").toString());
  }

  @Test
  void with_newName_appendsIt() {
    Call call = Call.parse("pareto(shape=1.5, min=1ms)");
    assertEquals("pareto(shape=1.5, min=1ms, max=1s)", call.with("max", " 1s ").toString());
  }

  @Test
  void with_nestedCallValue_isCanonicalised() {
    Call call = Call.parse("closed(users=2, thinkTime=constant(1s))");
    assertEquals(
        "closed(users=2, thinkTime=exponential(mean=2s))",
        call.with("thinkTime", "exponential( mean = 2s )").toString());
  }

  @Test
  void with_leavesTheOriginalUnchanged() {
    Call call = Call.parse("poisson(rate=2000/s)");
    call.with("rate", "1/s");
    assertEquals("2000/s", call.value("rate"));
    assertNull(call.value("missing"));
  }

  @Test
  void with_badValue_refused() {
    Call call = Call.parse("poisson(rate=2000/s)");
    assertThrows(ValueSyntaxException.class, () -> call.with("rate", "[1/s"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|0|expected a family name such as exponential(...)",
        "(rate=1/s)|0|expected a family name such as exponential(...), got '(rate=1/s)'",
        "poisson|7|expected '(' after 'poisson'",
        "poisson(rate=1/s|16|missing ')' at the end of poisson(...)",
        "poisson(=1/s)|8|unexpected '=' where a value should start",
        "poisson(a=[1, 2)|15|expected ',' or ']' in a list, got ')'",
        "poisson(rate=1/s))|17|unexpected ')' after the closing ')'",
        "9lives(x=1)|0|expected a family name such as exponential(...), got '9lives(x=1)'",
      })
  void parse_brokenSyntax_pointsAtTheFirstBadCharacter(String text, int offset, String message) {
    ValueSyntaxException e = assertThrows(ValueSyntaxException.class, () -> Call.parse(text));
    assertEquals(message, e.getMessage());
    assertEquals(offset, e.offset());
  }

  @Test
  void param_invalidName_refused() {
    assertThrows(IllegalArgumentException.class, () -> new Call.Param("a b", "1"));
    assertThrows(IllegalArgumentException.class, () -> new Call("", List.of()));
  }
}
