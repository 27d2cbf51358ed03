package kubeplan.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeWeightedAverageTest {

  @Test
  void mean_weighsEachValueByHowLongItHeld_insideTheWindowOnly() {
    TimeWeightedAverage busy = new TimeWeightedAverage(new MeasurementWindow(10, 20), 0);
    busy.update(5, 4); // 4 over [5, 12): only [10, 12) counts
    busy.update(12, 1); // 1 over [12, 18)
    busy.update(18, 3); // 3 over [18, 25): only [18, 20) counts
    busy.update(25, 100);
    assertEquals((4 * 2 + 1 * 6 + 3 * 2) / 10.0, busy.mean(30), 1e-12);
  }

  @Test
  void meanDuringTheWindow_coversTheWindowSoFar_includingTheCurrentValue() {
    TimeWeightedAverage queue = new TimeWeightedAverage(new MeasurementWindow(0, 100), 2);
    queue.update(10, 0);
    assertEquals(2 * 10 / 40.0, queue.mean(40), 1e-12);
    assertEquals(0, new TimeWeightedAverage(new MeasurementWindow(5, 6), 1).mean(3));
  }

  @Test
  void window_containsItsStartButNotItsEnd() {
    MeasurementWindow window = new MeasurementWindow(1, 2);
    assertTrue(window.contains(1));
    assertFalse(window.contains(2));
    assertEquals(1, window.length());
    assertThrows(IllegalArgumentException.class, () -> new MeasurementWindow(2, 2));
  }

  @Test
  void windowCount_countsOnlyEventsInTheWindow_andGivesTheirRate() {
    WindowCount count = new WindowCount(new MeasurementWindow(0, 4));
    for (double t : new double[] {-1, 0, 1.5, 3.99, 4, 7}) {
      count.add(t);
    }
    assertEquals(3, count.count());
    assertEquals(0.75, count.ratePerSecond(), 1e-12);
  }
}
