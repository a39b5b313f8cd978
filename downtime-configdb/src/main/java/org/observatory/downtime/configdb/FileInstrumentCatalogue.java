package org.observatory.downtime.configdb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instrument catalogue read from a local file in ConfigDB's {@code /sites/} JSON format.
 *
 * <p>The file is read again whenever it changes (modification time, size or identity), so an operator can edit it
 * while the service runs. An edit that cannot be read keeps the last good catalogue and is logged once. Never throws.
 */
public final class FileInstrumentCatalogue implements CatalogueSource {

  private static final Logger LOG = LoggerFactory.getLogger(FileInstrumentCatalogue.class);

  private final Path file;
  private final String description;
  private final ConfigDbJson json = new ConfigDbJson();
  private volatile Catalogue catalogue;
  private volatile FileVersion seen;

  /** What the file looked like when last read; a missing file has no version at all. */
  private record FileVersion(Object fileKey, FileTime modified, long size) {
  }

  /** A catalogue read from {@code file}, which need not exist yet. */
  public FileInstrumentCatalogue(Path file) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    this.description = "file " + this.file;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Optional<Catalogue> current() {
    FileVersion version = version();
    if (!Objects.equals(version, seen)) {
      reload(version);
    }
    return Optional.ofNullable(catalogue);
  }

  private FileVersion version() {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new FileVersion(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private synchronized void reload(FileVersion version) {
    if (Objects.equals(version, seen)) {
      return;
    }
    seen = version;
    try (InputStream in = Files.newInputStream(file)) {
      SitesPage page = json.read(in, description);
      if (page.sites().isEmpty()) {
        throw new CatalogueLoadException(description + " lists no sites");
      }
      boolean first = catalogue == null;
      catalogue = new Catalogue(page.sites(), description, false);
      LOG.info("Instrument catalogue {} from {}: {} telescopes",
          first ? "loaded" : "reloaded", description, catalogue.locations().size());
    } catch (IOException e) {
      warn("cannot read " + description + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    } catch (CatalogueLoadException e) {
      warn(e.getMessage());
    } catch (RuntimeException e) {
      warn("cannot read " + description + " (" + e + ")");
    }
  }

  private void warn(String problem) {
    LOG.warn("Instrument catalogue not reloaded, {}: {}",
        catalogue == null ? "no catalogue loaded yet" : "keeping the last good one", problem);
  }
}
