package org.observatory.downtime.core.port.out;

import java.time.Instant;
import java.util.List;

/**
 * For counting failed password checks per key (a username or a client address), shared by every instance that
 * shares the store. Failures older than the caller's window are never asked for and are forgotten on later writes.
 */
public interface LoginFailures {

  /**
   * The times of this key's failures after {@code since} (not at it), oldest first.
   *
   * @throws org.observatory.downtime.core.model.UnavailableException when the store cannot be reached
   */
  List<Instant> since(String key, Instant since);

  /**
   * Records one failure of this key at {@code at}, and forgets every failure (of any key) before {@code forgetBefore}.
   *
   * @throws org.observatory.downtime.core.model.UnavailableException when the store cannot be reached
   */
  void record(String key, Instant at, Instant forgetBefore);
}
