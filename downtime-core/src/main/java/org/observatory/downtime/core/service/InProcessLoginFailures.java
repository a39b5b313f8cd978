package org.observatory.downtime.core.service;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.observatory.downtime.core.port.out.LoginFailures;

/** Failed password checks counted in this process only: for programs embedding the core without a shared store. */
final class InProcessLoginFailures implements LoginFailures {

  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  @Override
  public synchronized List<Instant> since(String key, Instant since) {
    return failures.getOrDefault(key, new ArrayDeque<>()).stream().filter(at -> at.isAfter(since)).toList();
  }

  @Override
  public synchronized void record(String key, Instant at, Instant forgetBefore) {
    failures.values().forEach(times -> times.removeIf(time -> time.isBefore(forgetBefore)));
    failures.values().removeIf(Deque::isEmpty);
    failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(at);
  }
}
