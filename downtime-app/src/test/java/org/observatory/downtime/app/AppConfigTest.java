package org.observatory.downtime.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.observatory.downtime.core.model.WriteAccess;

class AppConfigTest {

  @Test
  void fromEnvironment_empty_givesTheOldServiceDefaults() {
    AppConfig config = AppConfig.fromEnvironment(Map.of());

    assertThat(config.database().engine()).isEqualTo(DatabaseSettings.Engine.SQLITE);
    assertThat(config.database().name()).isEqualTo("db.sqlite3");
    assertThat(config.database().port()).isEqualTo(5432);
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8000);
    assertThat(config.writeAccess()).isEqualTo(WriteAccess.STAFF);
    assertThat(config.debug()).isFalse();
    assertThat(config.portal()).isEmpty();
    assertThat(config.configdbUrl()).isEmpty();
    assertThat(config.usesDefaultSecretKey()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"django.db.backends.postgresql", "django.db.backends.postgresql_psycopg2", "postgresql"})
  void dbEngine_postgresNames_selectPostgresql(String name) {
    AppConfig config = AppConfig.fromEnvironment(Map.of("DB_ENGINE", name, "DB_NAME", "test", "DB_HOST", "db.local",
        "DB_USER", "root", "DB_PASS", "pw", "DB_PORT", "5433"));

    assertThat(config.database().engine()).isEqualTo(DatabaseSettings.Engine.POSTGRESQL);
    assertThat(config.database().describe()).isEqualTo("PostgreSQL database test at db.local:5433 as root");
  }

  @ParameterizedTest
  @ValueSource(strings = {"django.db.backends.sqlite3", "sqlite", "SQLite"})
  void dbEngine_sqliteNames_selectSqlite(String name) {
    assertThat(AppConfig.fromEnvironment(Map.of("DB_ENGINE", name)).database().engine())
        .isEqualTo(DatabaseSettings.Engine.SQLITE);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "DB_ENGINE|oracle|DB_ENGINE: \"oracle\" is not a supported database; use django.db.backends.sqlite3 (the default), django.db.backends.postgresql, django.db.backends.postgresql_psycopg2, sqlite or postgresql.",
      "PORT|abc|PORT: \"abc\" is not a whole number; use one from 0 to 65535.",
      "PORT|70000|PORT: 70000 is out of range; use a whole number from 0 to 65535.",
      "DB_PORT|-1|DB_PORT: -1 is out of range; use a whole number from 1 to 65535.",
      "WRITE_ACCESS|everyone|WRITE_ACCESS: \"everyone\" is not a valid choice; use staff (the default) or authenticated.",
      "DEBUG|maybe|DEBUG: \"maybe\" is not true or false; use true or false.",
      "DB_SCHEMA|a;drop|DB_SCHEMA: \"a;drop\" is not a plain identifier (letters, digits, _).",
      "PORTAL_READ_TIMEOUT|soon|PORTAL_READ_TIMEOUT: \"soon\" is not a number of seconds (e.g. 3 or 2.5).",
      "PORTAL_CONNECT_TIMEOUT|0|PORTAL_CONNECT_TIMEOUT: 0 is out of range; use a number of seconds from 0.001 to 300.",
      "CHANGES_KEEP_DAYS|30|CHANGES_KEEP_DAYS: 30 is out of range; use a whole number from 90 to 36500.",
      "OAUTH_PROFILE_URL|https://portal/api/profile/|OAUTH_TOKEN_URL: must be set when OAUTH_PROFILE_URL is (set both to use the Observation Portal, or neither).",
      "LOG_FORMAT|xml|LOG_FORMAT: \"xml\" is not a valid choice; use text (the default) or json.",
      "LOG_LEVEL|loud|LOG_LEVEL: \"loud\" is not a valid choice; use trace, debug, info, warn or error.",
      "TRUSTED_PROXIES|nginx|TRUSTED_PROXIES: \"nginx\" is not an IP address or CIDR range (e.g. 10.0.0.5 or 172.16.0.0/12).",
      "DB_CONNECT_TIMEOUT_SECONDS|0.1|DB_CONNECT_TIMEOUT_SECONDS: 0.1 is out of range; use a number of seconds from 0.25 to 60.",
      "DB_CONNECT_TIMEOUT_SECONDS|61|DB_CONNECT_TIMEOUT_SECONDS: 61 is out of range; use a number of seconds from 0.25 to 60.",
      "DB_CONNECT_TIMEOUT_SECONDS|fast|DB_CONNECT_TIMEOUT_SECONDS: \"fast\" is not a number of seconds (e.g. 2 or 0.5).",
  })
  void fromEnvironment_badValue_isRefusedInOneLineNamingTheVariable(String name, String value, String message) {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of(name, value)))
        .isInstanceOf(ConfigException.class)
        .hasMessage(message)
        .hasMessageNotContaining("\n");
  }

  @Test
  void oauthTokenUrl_withoutProfileUrl_isRefused() {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("OAUTH_TOKEN_URL", "https://portal/o/token/")))
        .hasMessageStartingWith("OAUTH_PROFILE_URL: must be set when OAUTH_TOKEN_URL is");
  }

  @Test
  void oauthTokenUrl_withoutClientId_isRefused() {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("OAUTH_TOKEN_URL", "https://portal/o/token/",
        "OAUTH_PROFILE_URL", "https://portal/api/profile/")))
        .hasMessage("OAUTH_CLIENT_ID: must be set when OAUTH_TOKEN_URL is.");
  }

  @Test
  void oauthTokenUrl_notHttp_isRefusedWithoutShowingCredentials() {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("OAUTH_TOKEN_URL", "ftp://user:pw@portal/token",
        "OAUTH_PROFILE_URL", "https://portal/api/profile/", "OAUTH_CLIENT_ID", "id")))
        .hasMessage("OAUTH_TOKEN_URL: \"ftp://***@portal/token\" is not an http:// or https:// URL.");
  }

  @Test
  void dbConnectTimeout_unsetOrGiven_boundsTheWaitForTheDatabase() {
    assertThat(AppConfig.fromEnvironment(Map.of()).database().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(AppConfig.fromEnvironment(Map.of("DB_CONNECT_TIMEOUT_SECONDS", "0.75")).database().connectTimeout())
        .isEqualTo(Duration.ofMillis(750));
    assertThat(Application.persistenceConfig(AppConfig.fromEnvironment(Map.of("DB_CONNECT_TIMEOUT_SECONDS", "5"))
        .database()).connectTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void postgresql_withoutDbName_isRefused() {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("DB_ENGINE", "postgresql")))
        .hasMessage("DB_NAME: must be set to the database name when DB_ENGINE is PostgreSQL.");
  }

  @Test
  void portal_everyVariableSet_isEnabledWithItsTimeouts() {
    AppConfig config = AppConfig.fromEnvironment(portalEnvironment());

    PortalConfig portal = config.portal().orElseThrow();
    assertThat(portal.tokenUrl()).isEqualTo("https://portal.example/o/token/");
    assertThat(portal.clientSecret()).isEqualTo("client-secret-value");
    assertThat(portal.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(portal.readTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.serverKey()).isEqualTo("server-key-value");
  }

  @Test
  void toString_masksEverySecret() {
    Map<String, String> environment = portalEnvironment();
    environment.put("SECRET_KEY", "secret-key-value");
    environment.put("DB_ENGINE", "postgresql");
    environment.put("DB_NAME", "downtime");
    environment.put("DB_PASS", "database-password-value");

    String text = AppConfig.fromEnvironment(environment).toString();

    assertThat(text).doesNotContain("secret-key-value", "database-password-value", "client-secret-value",
        "server-key-value");
    assertThat(text).contains("PostgreSQL database downtime", "https://portal.example/o/token/");
  }

  @Test
  void blankValues_countAsUnset() {
    AppConfig config = AppConfig.fromEnvironment(Map.of("PORT", " ", "SECRET_KEY", "", "WRITE_ACCESS", ""));

    assertThat(config.port()).isEqualTo(8000);
    assertThat(config.usesDefaultSecretKey()).isTrue();
    assertThat(config.writeAccess()).isEqualTo(WriteAccess.STAFF);
  }

  @ParameterizedTest
  @CsvSource({"true,true", "False,false", "1,true", "0,false", "yes,true", "off,false"})
  void debug_acceptsTheUsualSpellings(String value, boolean expected) {
    assertThat(AppConfig.fromEnvironment(Map.of("DEBUG", value)).debug()).isEqualTo(expected);
  }

  @Test
  void writeAccess_authenticated_isAccepted() {
    assertThat(AppConfig.fromEnvironment(Map.of("WRITE_ACCESS", "Authenticated")).writeAccess())
        .isEqualTo(WriteAccess.AUTHENTICATED);
  }

  @Test
  void logging_setOrNot_formatAndLevelFollowTheVariablesDebugAndTheCommand() {
    AppConfig.Logging json = AppConfig.fromEnvironment(Map.of("LOG_FORMAT", "JSON", "LOG_LEVEL", "Warn")).logging();
    AppConfig.Logging unset = AppConfig.fromEnvironment(Map.of()).logging();

    assertThat(json).isEqualTo(new AppConfig.Logging("json", java.util.Optional.of("warn")));
    assertThat(unset.format()).isEqualTo("text");
    assertThat(LogSetup.level(json, true, true)).isEqualTo("warn");
    assertThat(LogSetup.level(unset, true, false)).isEqualTo("debug");
    assertThat(LogSetup.level(unset, false, true)).isEqualTo("info");
    assertThat(LogSetup.level(unset, false, false)).isEqualTo("warn");
  }

  @Test
  void streamSettings_setOrNot_limitTheStreamsAndSetTheHeartbeat_andAreRefusedOutOfRange() {
    assertThat(AppConfig.fromEnvironment(Map.of()).streams().http().maxClients()).isEqualTo(200);
    assertThat(AppConfig.fromEnvironment(Map.of("STREAM_MAX_CLIENTS", "5")).streams().http().maxClients())
        .isEqualTo(5);
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("STREAM_MAX_CLIENTS", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("STREAM_MAX_CLIENTS: 0 is out of range; use a whole number from 1 to 10000.");
    assertThat(AppConfig.fromEnvironment(Map.of()).streams().http().heartbeat()).hasSeconds(15);
    assertThat(AppConfig.fromEnvironment(Map.of("STREAM_HEARTBEAT_SECONDS", "2")).streams().http().heartbeat())
        .hasSeconds(2);
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("STREAM_HEARTBEAT_SECONDS", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("STREAM_HEARTBEAT_SECONDS: 0 is out of range; use a whole number from 1 to 300.");
  }

  private static Map<String, String> portalEnvironment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("OAUTH_TOKEN_URL", "https://portal.example/o/token/");
    environment.put("OAUTH_PROFILE_URL", "https://portal.example/api/profile/");
    environment.put("OAUTH_CLIENT_ID", "downtime");
    environment.put("OAUTH_CLIENT_SECRET", "client-secret-value");
    environment.put("OAUTH_SERVER_KEY", "server-key-value");
    environment.put("PORTAL_CONNECT_TIMEOUT", "1.5");
    return environment;
  }
}
