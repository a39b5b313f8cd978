package org.observatory.downtime.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.query.DowntimeQuery;

/** Opening the application on first use, or on a background thread while {@code serve} builds its server. */
class LazyApplicationTest {

  @TempDir
  Path dir;

  @Test
  void openInBackground_getReturnsTheMigratedApplicationTheServicesCameFrom() {
    try (LazyApplication application = lazy(Map.of("DB_NAME", dir.resolve("db.sqlite3").toString()))) {
      application.openInBackground();
      Application services = application.services();

      Application opened = application.get();

      assertThat(opened).isSameAs(services);
      assertThat(opened.migrationsApplied()).isPositive();
      assertThat(opened.find().list(DowntimeQuery.all()).count()).isZero();
    }
  }

  @Test
  void openInBackground_unreachableDatabase_getThrowsTheDatabaseError() {
    try (LazyApplication application = lazy(Map.of("DB_ENGINE", "postgresql", "DB_NAME", "test",
        "DB_HOST", "127.0.0.1", "DB_PORT", "1"))) {
      application.openInBackground();

      assertThatThrownBy(application::get).isInstanceOf(UnavailableException.class).hasMessageContaining("127.0.0.1:1");
    }
  }

  @Test
  void closedBeforeUse_opensNoDatabase() {
    Path database = dir.resolve("db.sqlite3");
    LazyApplication application = lazy(Map.of("DB_NAME", database.toString()));

    application.close();

    assertThat(database).doesNotExist();
    assertThatThrownBy(application::get).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closeWhileOpeningInBackground_waitsAndClosesIt() {
    LazyApplication application = lazy(Map.of("DB_NAME", dir.resolve("db.sqlite3").toString()));
    application.openInBackground();
    Application services = application.services();

    application.close();
    application.close();

    assertThatThrownBy(() -> services.find().list(DowntimeQuery.all())).isInstanceOf(RuntimeException.class);
  }

  private static LazyApplication lazy(Map<String, String> environment) {
    AppConfig config = AppConfig.fromEnvironment(environment);
    Adapters adapters = Adapters.fromConfig(config, Clock.systemUTC());
    return new LazyApplication(() -> Application.unmigrated(config, adapters, Clock.systemUTC()));
  }
}
