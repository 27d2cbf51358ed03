package kubeplan.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpellingTest {
  private static final List<String> FAMILIES = List.of("exponential", "erlang", "lognormal");

  @Test
  void nearest_oneLetterMissing_suggestsTheName() {
    assertEquals(Optional.of("exponential"), Spelling.nearest("expnential", FAMILIES));
  }

  @Test
  void nearest_caseDiffers_suggestsTheName() {
    assertEquals(Optional.of("lognormal"), Spelling.nearest("logNormal", FAMILIES));
  }

  @Test
  void nearest_nothingClose_suggestsNothing() {
    assertEquals(Optional.empty(), Spelling.nearest("banana", FAMILIES));
  }

  @Test
  void distance_isLevenshtein() {
    assertEquals(3, Spelling.distance("kitten", "sitting"));
    assertEquals(0, Spelling.distance("", ""));
    assertEquals(4, Spelling.distance("", "abcd"));
  }
}
