package org.observatory.downtime.core.port.out;

import org.observatory.downtime.core.model.ChangeEvent;

/** For writing a change event as it is posted to webhooks: the JSON of one result of the change feed. */
public interface ChangeEventFormat {

  /** The event as UTF-8 JSON; never null. */
  byte[] json(ChangeEvent event);
}
