package kubeplan.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kubeplan.stats.MeasurementWindow;
import org.junit.jupiter.api.Test;

class HopLatenciesTest {

  @Test
  void eachRequest_countsInTheHopsItVisited_withItsTotalTimeThere() {
    RequestLayout.Builder builder = RequestLayout.builder();
    int veth = builder.hop("veth");
    int bridge = builder.hop("bridge");
    int unused = builder.hop("unused");
    RequestLayout layout = builder.build();
    Requests requests = new Requests(layout, new MeasurementWindow(0, 10));
    HopLatencies latencies = new HopLatencies(layout, 10);

    Request first = requests.create(0);
    first.addHopTime(veth, 0.25);
    first.addHopTime(veth, 0.25);
    first.addHopTime(bridge, 0);
    Request second = requests.create(1);
    second.addHopTime(veth, 1.5);
    latencies.record(first);
    latencies.record(second);

    assertEquals(2, latencies.hop(veth).count());
    assertEquals(1.0, latencies.hop(veth).mean(), 1e-12);
    assertEquals(1, latencies.hop(bridge).count(), "visited in zero time still counts");
    assertEquals(0, latencies.hop(unused).count());
    assertEquals("bridge", latencies.layout().hopName(bridge));
  }
}
