package org.observatory.downtime.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats of {@code import} and {@code export}. */
enum FileFormat {
  /** One JSON object per line (also read: a JSON array). */
  JSONL,
  /** Comma-separated values with a header line naming the fields. */
  CSV;

  /** The format named by {@code --format}, or empty when the name is unknown. */
  static Optional<FileFormat> named(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "jsonl", "json", "ndjson", "jsonlines" -> Optional.of(JSONL);
      case "csv" -> Optional.of(CSV);
      default -> Optional.empty();
    };
  }

  /** The format a file name's extension implies, or empty when it implies none. */
  static Optional<FileFormat> ofPath(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    return Optional.empty();
  }

  /**
   * The format to use: {@code --format} when given, else the file's extension, else the fallback.
   *
   * @throws CommandFailure when {@code --format} names no known format
   */
  static FileFormat choose(String option, Path file, FileFormat fallback) {
    if (option != null) {
      return named(option).orElseThrow(() -> CommandFailure.invalidInput(
          "--format: \"" + option + "\" is not a valid choice; use jsonl or csv."));
    }
    return file == null ? fallback : ofPath(file).orElse(fallback);
  }
}
