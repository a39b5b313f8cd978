package org.observatory.downtime.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code LOG_FORMAT} and {@code LOG_LEVEL} to Logback: reloads the bundled {@code logback.xml} with the format
 * ({@code text} lines or {@code json} objects) and the root level filled in.
 */
public final class LogSetup {

  // What logback.xml reads: a context property, else the system property of that name.
  private static final String FORMAT = "downtime.log.format";
  private static final String LEVEL = "downtime.log.level";

  private LogSetup() {
  }

  /**
   * The level the process logs at: {@code LOG_LEVEL} when set; else debug when {@code DEBUG} is on; else info for
   * {@code serve} and warn for the other commands, whose stderr is for their own messages.
   */
  static String level(AppConfig.Logging logging, boolean debug, boolean serving) {
    return logging.level().orElse(debug ? "debug" : serving ? "info" : "warn");
  }

  /**
   * Sets the format and level Logback's configuration reads when it starts, with the first logger; call it before
   * anything logs (it costs nothing more then).
   */
  static void beforeFirstLog(String format, String level) {
    System.setProperty(FORMAT, format.toLowerCase(Locale.ROOT));
    System.setProperty(LEVEL, level.toUpperCase(Locale.ROOT));
    // SLF4J's own notices (a library's log call replayed after start-up) would mix into the command's stderr.
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    // Configured now, on this thread: a library logging from another thread meanwhile would otherwise be queued
    // and replayed with a notice on stderr.
    LoggerFactory.getILoggerFactory();
  }

  /**
   * Reconfigures logging at once (loggers already made follow).
   *
   * @param format {@code text} or {@code json}
   * @param level  {@code trace}, {@code debug}, {@code info}, {@code warn} or {@code error}
   */
  public static void apply(String format, String level) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another SLF4J binding (an embedding application's): its configuration is its own
    }
    URL configuration = Objects.requireNonNull(LogSetup.class.getResource("/logback.xml"), "logback.xml");
    context.reset();
    context.putProperty(FORMAT, format.toLowerCase(Locale.ROOT));
    context.putProperty(LEVEL, level.toUpperCase(Locale.ROOT));
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try {
      configurator.doConfigure(configuration);
    } catch (JoranException e) {
      throw new IllegalStateException("The bundled logback.xml cannot be read: " + e.getMessage(), e);
    }
  }

  /** Writes out the request log lines still queued (at the end of a stop, before the JVM exits). */
  static void flushRequestLog() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      for (ch.qos.logback.classic.Logger logger : context.getLoggerList()) {
        logger.iteratorForAppenders().forEachRemaining(appender -> {
          if (appender instanceof RequestLogAppender requestLog) {
            requestLog.flush();
          }
        });
      }
    }
  }
}
