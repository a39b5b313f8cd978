package org.observatory.downtime.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.LoginLimits;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.http.request.TrustedProxies;

/**
 * The service's whole configuration, read once from the environment (variable names kept from the old service) and
 * validated before anything starts. {@link #toString()} masks every secret.
 *
 * @param secretKey       {@code SECRET_KEY}: signs sessions and CSRF tokens
 * @param debug           {@code DEBUG}: more detail in the log
 * @param database        {@code DB_ENGINE}, {@code DB_NAME}, {@code DB_HOST}, {@code DB_PORT}, {@code DB_USER},
 *                        {@code DB_PASS}, {@code DB_SCHEMA}, {@code DB_POOL_SIZE}
 * @param portal          the {@code OAUTH_*} portal settings, empty when {@code OAUTH_TOKEN_URL} is unset
 * @param serverKey       {@code OAUTH_SERVER_KEY}: what the portal sends to push profiles; {@code ""} refuses pushes
 * @param configdbUrl     {@code CONFIGDB_URL}: ConfigDB URL, file path or {@code file:} URL; {@code ""} for the demo network
 * @param logoUrl         {@code LOGO_URL}: image for the pages' navbar, may be {@code ""}
 * @param host            {@code HOST}: interface {@code serve} binds
 * @param port            {@code PORT}: port {@code serve} binds; 0 for any free port
 * @param writeAccess     {@code WRITE_ACCESS}: who may write
 * @param maxRequestBytes {@code MAX_REQUEST_BYTES}: largest request body accepted
 * @param answerCacheMb   {@code ANSWER_CACHE_MB}: megabytes of repeated list answers kept (while the data is
 *                        unchanged); 0 turns the answer cache off
 * @param changesKeepDays {@code CHANGES_KEEP_DAYS}: days the change feed's events are kept (at least 90)
 * @param logging         {@code LOG_FORMAT}, {@code LOG_LEVEL}
 * @param sessionMaxHours {@code SESSION_MAX_HOURS}: how long a login session lasts at most
 * @param sessionIdleHours {@code SESSION_IDLE_HOURS}: how long a login session lasts without a request
 * @param loginLimits     {@code LOGIN_FAILURES_PER_USER}, {@code LOGIN_FAILURES_PER_ADDRESS},
 *                        {@code LOGIN_FAILURE_WINDOW_MINUTES}: failed password checks allowed before 429
 * @param trustedProxies  {@code TRUSTED_PROXIES}: the reverse proxies whose forwarded headers count
 * @param streams         {@code STREAM_MAX_CLIENTS}, {@code STREAM_HEARTBEAT_SECONDS}: the live change stream
 */
public record AppConfig(
    String secretKey,
    boolean debug,
    DatabaseSettings database,
    Optional<PortalConfig> portal,
    String serverKey,
    String configdbUrl,
    String logoUrl,
    String host,
    int port,
    WriteAccess writeAccess,
    long maxRequestBytes,
    int answerCacheMb,
    int changesKeepDays,
    Logging logging,
    int sessionMaxHours,
    int sessionIdleHours,
    LoginLimits loginLimits,
    TrustedProxies trustedProxies, StreamConfig streams, WebhookSettings webhooks) {

  /**
   * How the process logs.
   *
   * @param format {@code LOG_FORMAT}: {@code text} (lines for people) or {@code json} (one object per line)
   * @param level  {@code LOG_LEVEL}: {@code trace} … {@code error}; empty for the default (DEBUG and the command's)
   */
  public record Logging(String format, Optional<String> level) {
  }

  /** The old service's default {@code SECRET_KEY}; a warning is logged when it is still in use. */
  public static final String DEFAULT_SECRET_KEY = "### CHANGE ME ###";

  public AppConfig {
    Objects.requireNonNull(secretKey, "secretKey");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(portal, "portal");
    Objects.requireNonNull(serverKey, "serverKey");
    Objects.requireNonNull(configdbUrl, "configdbUrl");
    Objects.requireNonNull(logoUrl, "logoUrl");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(writeAccess, "writeAccess");
    Objects.requireNonNull(logging, "logging");
    Objects.requireNonNull(loginLimits, "loginLimits");
    Objects.requireNonNull(trustedProxies, "trustedProxies");
    Objects.requireNonNull(streams, "streams");
    if (answerCacheMb < 0) {
      throw new IllegalArgumentException("answerCacheMb must not be negative, was " + answerCacheMb);
    }
  }

  /**
   * Reads and checks every variable.
   *
   * @param environment the variables, e.g. {@code System.getenv()}
   * @throws ConfigException for the first unusable value, with a one-line message naming the variable
   */
  public static AppConfig fromEnvironment(Map<String, String> environment) {
    EnvironmentReader env = new EnvironmentReader(environment);
    return new AppConfig(
        env.text("SECRET_KEY", DEFAULT_SECRET_KEY),
        env.bool("DEBUG", false),
        database(env),
        portal(env),
        env.text("OAUTH_SERVER_KEY", ""),
        env.text("CONFIGDB_URL", ""),
        env.text("LOGO_URL", ""),
        env.text("HOST", "127.0.0.1"),
        env.integer("PORT", 8000, 0, 65535),
        writeAccess(env),
        env.integer("MAX_REQUEST_BYTES", 1024 * 1024, 1024, Integer.MAX_VALUE),
        env.integer("ANSWER_CACHE_MB", 32, 0, 4096),
        env.integer("CHANGES_KEEP_DAYS", 90, 90, 36500),
        logging(env),
        env.integer("SESSION_MAX_HOURS", 12, 1, 8760),
        env.integer("SESSION_IDLE_HOURS", 2, 1, 8760),
        new LoginLimits(env.integer("LOGIN_FAILURES_PER_USER", 10, 1, 1_000_000),
            env.integer("LOGIN_FAILURES_PER_ADDRESS", 50, 1, 1_000_000),
            Duration.ofMinutes(env.integer("LOGIN_FAILURE_WINDOW_MINUTES", 5, 1, 1440))),
        trustedProxies(env), StreamConfig.read(env), WebhookSettings.from(env));
  }

  /** {@code TRUSTED_PROXIES}, checked: addresses and CIDR ranges only. */
  static TrustedProxies trustedProxies(EnvironmentReader env) {
    try {
      return TrustedProxies.parse(env.text("TRUSTED_PROXIES", ""));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("TRUSTED_PROXIES: " + e.getMessage() + ".", e);
    }
  }

  /** {@code LOG_FORMAT} and {@code LOG_LEVEL}, checked. */
  static Logging logging(EnvironmentReader env) {
    String format = env.text("LOG_FORMAT", "text").toLowerCase(Locale.ROOT);
    if (!format.equals("text") && !format.equals("json")) {
      throw new ConfigException("LOG_FORMAT: \"" + format + "\" is not a valid choice; use text (the default) or json.");
    }
    Optional<String> level = env.optional("LOG_LEVEL").map(value -> value.toLowerCase(Locale.ROOT));
    if (level.isPresent() && !level.get().matches("trace|debug|info|warn|error")) {
      throw new ConfigException("LOG_LEVEL: \"" + level.get() + "\" is not a valid choice; use trace, debug, info, "
          + "warn or error.");
    }
    return new Logging(format, level);
  }

  /** {@code ANSWER_CACHE_MB} in bytes. */
  public long answerCacheBytes() {
    return answerCacheMb * 1024L * 1024L;
  }

  /** {@code CHANGES_KEEP_DAYS} as a duration. */
  public Duration changesKeep() {
    return Duration.ofDays(changesKeepDays);
  }

  /** {@code SESSION_MAX_HOURS} as a duration. */
  public Duration sessionMaxAge() {
    return Duration.ofHours(sessionMaxHours);
  }

  /** {@code SESSION_IDLE_HOURS} as a duration. */
  public Duration sessionIdle() {
    return Duration.ofHours(sessionIdleHours);
  }

  /** Whether {@code SECRET_KEY} was left at the published default (sessions could be forged). */
  public boolean usesDefaultSecretKey() {
    return DEFAULT_SECRET_KEY.equals(secretKey);
  }

  private static DatabaseSettings database(EnvironmentReader env) {
    String engineName = env.text("DB_ENGINE", "django.db.backends.sqlite3");
    DatabaseSettings.Engine engine = switch (engineName.toLowerCase(Locale.ROOT)) {
      case "django.db.backends.sqlite3", "sqlite", "sqlite3" -> DatabaseSettings.Engine.SQLITE;
      case "django.db.backends.postgresql", "django.db.backends.postgresql_psycopg2", "postgresql", "postgres" ->
          DatabaseSettings.Engine.POSTGRESQL;
      default -> throw new ConfigException("DB_ENGINE: \"" + engineName + "\" is not a supported database; use "
          + "django.db.backends.sqlite3 (the default), django.db.backends.postgresql, "
          + "django.db.backends.postgresql_psycopg2, sqlite or postgresql.");
    };
    boolean postgres = engine == DatabaseSettings.Engine.POSTGRESQL;
    if (postgres && env.optional("DB_NAME").isEmpty()) {
      throw new ConfigException("DB_NAME: must be set to the database name when DB_ENGINE is PostgreSQL.");
    }
    String schema = env.text("DB_SCHEMA", "");
    if (!schema.isEmpty() && !schema.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new ConfigException("DB_SCHEMA: \"" + schema + "\" is not a plain identifier (letters, digits, _).");
    }
    return new DatabaseSettings(engine, env.text("DB_NAME", "db.sqlite3"), env.text("DB_HOST", "127.0.0.1"),
        env.integer("DB_PORT", 5432, 1, 65535), env.text("DB_USER", ""), env.text("DB_PASS", ""), schema,
        env.integer("DB_POOL_SIZE", 10, 1, 200), DatabaseSettings.connectTimeout(env));
  }

  private static Optional<PortalConfig> portal(EnvironmentReader env) {
    Optional<String> tokenUrl = env.optional("OAUTH_TOKEN_URL");
    Optional<String> profileUrl = env.optional("OAUTH_PROFILE_URL");
    Duration connect = env.seconds("PORTAL_CONNECT_TIMEOUT", Duration.ofSeconds(3), 300);
    Duration read = env.seconds("PORTAL_READ_TIMEOUT", Duration.ofSeconds(5), 300);
    if (tokenUrl.isEmpty()) {
      if (profileUrl.isPresent()) {
        throw new ConfigException("OAUTH_TOKEN_URL: must be set when OAUTH_PROFILE_URL is (set both to use the "
            + "Observation Portal, or neither).");
      }
      return Optional.empty();
    }
    if (profileUrl.isEmpty()) {
      throw new ConfigException("OAUTH_PROFILE_URL: must be set when OAUTH_TOKEN_URL is (the portal profile URL, "
          + "e.g. https://portal.example/api/profile/).");
    }
    Optional<String> clientId = env.optional("OAUTH_CLIENT_ID");
    if (clientId.isEmpty()) {
      throw new ConfigException("OAUTH_CLIENT_ID: must be set when OAUTH_TOKEN_URL is.");
    }
    return Optional.of(new PortalConfig(httpUrl("OAUTH_TOKEN_URL", tokenUrl.get()),
        httpUrl("OAUTH_PROFILE_URL", profileUrl.get()), clientId.get(), env.text("OAUTH_CLIENT_SECRET", ""),
        connect, read));
  }

  private static WriteAccess writeAccess(EnvironmentReader env) {
    String value = env.text("WRITE_ACCESS", "staff");
    return WriteAccess.parse(value).orElseThrow(() -> new ConfigException(
        "WRITE_ACCESS: \"" + value + "\" is not a valid choice; use staff (the default) or authenticated."));
  }

  private static String httpUrl(String name, String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return value;
      }
    } catch (URISyntaxException e) {
      // reported below, in the same words as any other unusable URL
    }
    throw new ConfigException(name + ": \"" + value.replaceAll("//[^/@]*@", "//***@")
        + "\" is not an http:// or https:// URL.");
  }

  @Override
  public String toString() {
    return "AppConfig[secretKey=" + (usesDefaultSecretKey() ? "(default)" : "****") + ", debug=" + debug
        + ", database=" + database + ", portal=" + portal.map(PortalConfig::toString).orElse("off")
        + ", serverKey=" + (serverKey.isEmpty() ? "none" : "****") + ", configdbUrl="
        + (configdbUrl.isEmpty() ? "(demo network)" : configdbUrl.replaceAll("//[^/@]*@", "//***@"))
        + ", logoUrl=" + logoUrl + ", host=" + host + ", port=" + port + ", writeAccess="
        + writeAccess.name().toLowerCase(Locale.ROOT) + ", maxRequestBytes=" + maxRequestBytes
        + ", answerCacheMb=" + answerCacheMb + ", changesKeepDays=" + changesKeepDays + ", logging=" + logging + ", sessionMaxHours=" + sessionMaxHours
        + ", sessionIdleHours=" + sessionIdleHours + ", loginLimits=" + loginLimits
        + ", trustedProxies=" + trustedProxies + ", streams=" + streams + "]";
  }
}
