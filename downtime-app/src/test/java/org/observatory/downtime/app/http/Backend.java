package org.observatory.downtime.app.http;

import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.UserStore;

/** A store the HTTP tests run against: in memory, SQLite or PostgreSQL. */
interface Backend extends AutoCloseable {

  DowntimeRepository downtimes();

  UserStore users();

  @Override
  void close();
}
