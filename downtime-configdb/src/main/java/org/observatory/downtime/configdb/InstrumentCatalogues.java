package org.observatory.downtime.configdb;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/** Chooses the instrument catalogue named by the {@code CONFIGDB_URL} setting. */
public final class InstrumentCatalogues {

  /** Connect timeout of {@link #defaultClient()}. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  /** Read timeout of {@link #defaultClient()}. */
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
  /** Whole-call timeout of {@link #defaultClient()}. */
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

  private InstrumentCatalogues() {
  }

  /**
   * The catalogue for a {@code CONFIGDB_URL} value: unset or blank → the bundled demo network; {@code http(s)://}
   * → ConfigDB over HTTP (cached 15 minutes); {@code file:} URL or a path to an existing file → that file.
   *
   * @param configdbUrl the setting, may be {@code null}
   * @param client      gives the HTTP client for ConfigDB, with its timeouts set (see {@link #defaultClient()}); asked
   *                    only for an {@code http(s)://} value, since building a client loads the TLS trust store
   * @param clock       the clock that ages the HTTP cache
   * @throws IllegalArgumentException with a message naming {@code CONFIGDB_URL} when the value is unusable
   */
  public static CatalogueSource fromSetting(String configdbUrl, Supplier<OkHttpClient> client, Clock clock) {
    if (configdbUrl == null || configdbUrl.isBlank()) {
      return new DemoInstrumentCatalogue();
    }
    String value = configdbUrl.strip();
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return new HttpInstrumentCatalogue(client.get(), value, clock);
    }
    Path file = lower.startsWith("file:") ? fileUrl(value) : path(value);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("CONFIGDB_URL names a file that does not exist or is not a file: " + file);
    }
    return new FileInstrumentCatalogue(file);
  }

  /** An HTTP client for ConfigDB with {@link #CONNECT_TIMEOUT}, {@link #READ_TIMEOUT} and {@link #CALL_TIMEOUT}. */
  public static OkHttpClient defaultClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(CONNECT_TIMEOUT)
        .readTimeout(READ_TIMEOUT)
        .writeTimeout(READ_TIMEOUT)
        .callTimeout(CALL_TIMEOUT)
        .build();
  }

  private static Path fileUrl(String value) {
    try {
      URI uri = new URI(value);
      // "file:relative/sites.json" is opaque (no authority, no absolute path); read it as a relative path.
      return uri.isOpaque() ? path(uri.getSchemeSpecificPart()) : Path.of(uri);
    } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      throw new IllegalArgumentException("CONFIGDB_URL is not a usable file: URL (" + e.getMessage() + "): " + value);
    }
  }

  private static Path path(String value) {
    if (value.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      throw new IllegalArgumentException(
          "CONFIGDB_URL must be an http(s):// URL, a file: URL or a file path, not: " + schemeOf(value) + "://...");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("CONFIGDB_URL is not a valid file path (" + e.getReason() + "): " + value);
    }
  }

  private static String schemeOf(String value) {
    return value.substring(0, value.indexOf(':'));
  }
}
