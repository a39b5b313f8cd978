package org.observatory.downtime.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.observatory.downtime.core.port.out.LoginFailures;

/** The {@link LoginFailures} on SQLite or PostgreSQL through Jdbi. Obtain one from {@link JdbiPersistence}. */
public final class JdbiLoginFailures implements LoginFailures {

  private final Transactions transactions;

  JdbiLoginFailures(Transactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public List<Instant> since(String key, Instant since) {
    if (!StorableText.storable(key)) {
      return List.of();
    }
    return transactions.read(handle -> handle
        .createQuery("SELECT at_us FROM login_failure WHERE key_text = :key AND at_us > :since ORDER BY at_us")
        .bind("key", key).bind("since", Micros.of(since)).mapTo(Long.class).map(Micros::toInstant).list());
  }

  @Override
  public void record(String key, Instant at, Instant forgetBefore) {
    if (!StorableText.storable(key)) {
      // A username the database cannot hold has no account to guess; its address is still counted.
      return;
    }
    transactions.write((handle, changeMicros) -> {
      handle.createUpdate("DELETE FROM login_failure WHERE at_us < :forget")
          .bind("forget", Micros.of(forgetBefore)).execute();
      return handle.createUpdate("INSERT INTO login_failure (key_text, at_us) VALUES (:key, :at)")
          .bind("key", key).bind("at", Micros.of(at)).execute();
    });
  }
}
