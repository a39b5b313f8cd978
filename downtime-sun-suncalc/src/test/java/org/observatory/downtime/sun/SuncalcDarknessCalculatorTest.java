package org.observatory.downtime.sun;

import org.observatory.downtime.core.contract.DarknessCalculatorContract;
import org.observatory.downtime.core.port.out.DarknessCalculator;

class SuncalcDarknessCalculatorTest extends DarknessCalculatorContract {

  private final SuncalcDarknessCalculator calculator = new SuncalcDarknessCalculator();

  @Override
  protected DarknessCalculator calculator() {
    return calculator;
  }
}
