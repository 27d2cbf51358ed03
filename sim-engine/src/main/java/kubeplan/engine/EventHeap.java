package kubeplan.engine;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import nl.tudelft.simulation.dsol.eventlists.EventListInterface;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * The future event list of one replication: a binary heap of {@link SimEvent}s ordered by time,
 * then priority (higher first), then creation — DSOL's order — with removal of any event in
 * O(log n).
 */
final class EventHeap implements EventListInterface<Double> {
  private static final long serialVersionUID = 1L;

  /*
   * DSOL's own events (its warm-up and end-of-replication events) arrive through add() as
   * SimEventInterface and are wrapped once in a SimEvent that carries their time, priority and id,
   * so the heap itself compares primitive fields only and never casts to an interface.
   */
  private SimEvent[] heap = new SimEvent[64];
  private int size;

  void push(SimEvent event) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    siftUp(size++, event);
  }

  SimEvent peek() {
    return size == 0 ? null : heap[0];
  }

  SimEvent poll() {
    if (size == 0) {
      return null;
    }
    SimEvent first = heap[0];
    removeAt(0);
    return first;
  }

  /** Removes {@code event} if it is scheduled; returns whether it was. */
  boolean cancel(SimEvent event) {
    int i = event.index;
    if (i < 0 || i >= size || heap[i] != event) {
      return false;
    }
    removeAt(i);
    return true;
  }

  private void removeAt(int i) {
    SimEvent removed = heap[i];
    removed.index = -1;
    int last = --size;
    if (i != last) {
      SimEvent moved = heap[last];
      heap[last] = null;
      siftDown(i, moved);
      if (heap[i] == moved) {
        siftUp(i, moved);
      }
    } else {
      heap[last] = null;
    }
  }

  private void siftUp(int i, SimEvent event) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      SimEvent p = heap[parent];
      if (!event.precedes(p)) {
        break;
      }
      heap[i] = p;
      p.index = i;
      i = parent;
    }
    heap[i] = event;
    event.index = i;
  }

  private void siftDown(int i, SimEvent event) {
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      SimEvent c = heap[child];
      int right = child + 1;
      if (right < size && heap[right].precedes(c)) {
        child = right;
        c = heap[child];
      }
      if (!c.precedes(event)) {
        break;
      }
      heap[i] = c;
      c.index = i;
      i = child;
    }
    heap[i] = event;
    event.index = i;
  }

  // DSOL's EventListInterface, used by DevsSimulator.initialize() for its own two events.

  @Override
  public void add(SimEventInterface<Double> event) {
    if (event instanceof SimEvent own) {
      push(own);
    } else {
      SimEvent wrapper = new SimEvent();
      wrapper.set(event.getAbsoluteExecutionTime(), event.getPriority(), event.getId(),
          event::execute, false);
      push(wrapper);
    }
  }

  @Override
  public boolean contains(SimEventInterface<Double> event) {
    for (int i = 0; i < size; i++) {
      if (heap[i] == event || heap[i].id == event.getId()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void clear() {
    for (int i = 0; i < size; i++) {
      heap[i].index = -1;
      heap[i] = null;
    }
    size = 0;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public Iterator<SimEventInterface<Double>> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public SimEventInterface<Double> next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        return heap[next++];
      }
    };
  }

  @Override
  public boolean remove(SimEventInterface<Double> event) {
    if (event instanceof SimEvent own) {
      return cancel(own);
    }
    for (int i = 0; i < size; i++) {
      if (heap[i].id == event.getId()) {
        removeAt(i);
        return true;
      }
    }
    return false;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public SimEventInterface<Double> first() {
    return peek();
  }

  @Override
  public SimEventInterface<Double> removeFirst() {
    return poll();
  }
}
