package org.observatory.downtime.sun;

import org.observatory.downtime.core.contract.DarknessCalculatorContract;
import org.observatory.downtime.core.port.out.DarknessCalculator;

/** The reference obeys the same contract as the adapter, so that comparing the two compares like with like. */
class NoaaDarknessCalculatorTest extends DarknessCalculatorContract {

  private final NoaaDarknessCalculator calculator = new NoaaDarknessCalculator();

  @Override
  protected DarknessCalculator calculator() {
    return calculator;
  }
}
