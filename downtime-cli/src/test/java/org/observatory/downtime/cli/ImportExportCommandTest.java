package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.core.model.Downtime;

class ImportExportCommandTest {

  @TempDir
  Path dir;

  private final CliHarness cli = new CliHarness();

  @Test
  void export_jsonLines_writesOneDowntimePerLineWithIsoDates() {
    cli.createOnOgg("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z", "Mirror recoat");
    cli.createOnOgg("2026-12-02T10:00:00Z", "2026-12-02T12:00:00Z", "Second");

    int code = cli.run("export");

    assertThat(code).isZero();
    String[] lines = cli.out.split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("{\"id\":1,\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\"");
  }

  @Test
  void export_toCsvFileChosenByExtension_thenImportIntoAnEmptyStore_givesTheSameDowntimes() throws IOException {
    cli.createOnOgg("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z", "Reason with, comma\nand a \"second\" line");
    cli.run("create", "-s", "coj", "-e", "doma", "-t", "1m0a", "-i", "1M0-NRES-SCICAM", "--user", "carol",
        "--start", "2026-12-03T00:00:00", "--end", "2026-12-04T00:00:00", "-r", "");
    Path file = dir.resolve("downtimes.csv");

    assertThat(cli.run("export", "--output", file.toString())).isZero();
    assertThat(cli.err).isEqualTo("Exported 2 downtimes to " + file + "\n");
    assertThat(Files.readString(file)).startsWith("id,start,end,site,");

    CliHarness other = new CliHarness();
    assertThat(other.run("import", file.toString())).isZero();
    assertThat(other.out).isEqualTo("Imported 2 downtimes (ids 1 to 2), 2 restored with their exported id\n");
    assertThat(other.downtimes.all()).isEqualTo(cli.downtimes.all());
  }

  @Test
  void export_jsonLinesRoundTrip_keepsEveryField() throws IOException {
    cli.createOnOgg("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z", "Ünïcode ✓ reason");
    Path file = dir.resolve("all.jsonl");
    cli.run("export", "-o", file.toString());

    CliHarness other = new CliHarness();
    other.run("import", file.toString());

    assertThat(other.downtimes.all()).isEqualTo(cli.downtimes.all());
  }

  @Test
  void export_writesMicrosecondsOnlyWhenTheStoreKeptSome() {
    cli.downtimes.restoreAll(List.of(new Downtime(5, Instant.parse("2026-12-01T10:00:00.250Z"),
        Instant.parse("2026-12-01T12:00:00Z"), "ogg", "clma", "2m0a", "", "", Instant.parse("2026-11-01T08:00:00.000001Z"),
        Instant.parse("2026-11-02T08:00:00Z"), "ada", 3L)), List.of(), "");

    cli.run("export");

    assertThat(cli.out).startsWith("{\"id\":5,\"start\":\"2026-12-01T10:00:00.250000Z\",\"end\":\"2026-12-01T12:00:00Z\"")
        .contains("\"created\":\"2026-11-01T08:00:00.000001Z\",\"modified\":\"2026-11-02T08:00:00Z\"")
        .contains("\"created_by\":\"ada\",\"series_id\":3,\"category\":\"\"}");
  }

  @Test
  void import_rowsWithIds_restoreThemExactly_andRowsWithoutIdsAreCreatedAfterThem() throws IOException {
    Path file = dir.resolve("in.csv");
    Files.writeString(file, "id,start,end,site,enclosure,telescope,instrument_type,reason,created,modified,created_by,"
        + "series_id\n"
        + "40,2026-12-01T10:00:00Z,2026-12-01T12:00:00Z,ogg,clma,2m0a,,old,2026-01-02T03:04:05.123456Z,"
        + "2026-02-03T04:05:06Z,ada,17\n"
        + ",2026-12-02T10:00:00Z,2026-12-02T12:00:00Z,ogg,clma,2m0a,,new,,,,\n");

    int code = cli.run("import", file.toString());

    assertThat(code).isZero();
    assertThat(cli.out).isEqualTo("Imported 2 downtimes (ids 40 to 41), 1 restored with its exported id\n");
    assertThat(cli.downtimes.findById(40)).contains(new Downtime(40, Instant.parse("2026-12-01T10:00:00Z"),
        Instant.parse("2026-12-01T12:00:00Z"), "ogg", "clma", "2m0a", "", "old",
        Instant.parse("2026-01-02T03:04:05.123456Z"), Instant.parse("2026-02-03T04:05:06Z"), "ada", 17L));
    assertThat(cli.downtimes.findById(41).orElseThrow().createdBy()).isEqualTo("observer");
  }

  @Test
  void import_idAlreadyInTheDatabase_namesTheRow_andWritesNothing() throws IOException {
    long existing = cli.createOnOgg("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z", "here first");
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"start\":\"2026-12-02T10:00:00Z\",\"end\":\"2026-12-02T12:00:00Z\",\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\"}",
        "{\"id\":" + existing + ",\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\",\"site\":\"ogg\","
            + "\"enclosure\":\"clma\",\"telescope\":\"2m0a\",\"created\":\"2026-01-01T00:00:00Z\",\"modified\":\"2026-01-01T00:00:00Z\"}"));

    int code = cli.run("import", file.toString());

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("Row 2: downtime " + existing + " already exists\nNothing was imported.\n");
    assertThat(cli.downtimes.all()).extracting(Downtime::reason).containsExactly("here first");
  }

  @Test
  void import_rowWithIdButNoCreatedTime_isRefusedWithTheField() throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, "{\"id\":\"x\",\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\","
        + "\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\",\"modified\":\"2026-01-01T00:00:00Z\"}\n");

    cli.run("import", file.toString());

    assertThat(cli.err).isEqualTo("Row 1: id: A valid positive integer is required.; created: This field is required.\n"
        + "Nothing was imported.\n");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void export_takesTheListFilters() {
    cli.createOnOgg("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z", "keep");
    cli.createOnOgg("2026-12-09T10:00:00Z", "2026-12-09T12:00:00Z", "drop");

    cli.run("export", "--format", "csv", "--starts-before", "2026-12-05");

    assertThat(cli.out.split("\n")).hasSize(2);
    assertThat(cli.out).contains("keep").doesNotContain("drop");
  }

  @Test
  void import_badRowInTheMiddle_writesNothingAndNamesTheRow() throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\",\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\"}",
        "{\"start\":\"2026-12-02T10:00:00Z\",\"end\":\"2026-12-02T12:00:00Z\",\"site\":\"nop\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\"}",
        "{\"start\":\"2026-12-03T10:00:00Z\",\"end\":\"2026-12-03T12:00:00Z\",\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\"}"));

    int code = cli.run("import", file.toString());

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("Row 2: site: \"nop\" is not a valid choice.\nNothing was imported.\n");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void import_rowWithMissingColumns_isReportedAndNothingWritten() throws IOException {
    Path file = dir.resolve("in.csv");
    Files.writeString(file, "start,end,site,enclosure,telescope,reason\n"
        + "2026-12-01T10:00:00Z,2026-12-01T12:00:00Z,ogg,clma,2m0a,fine\n"
        + "tomorrow,2026-12-01T12:00:00Z,ogg,clma,2m0a,bad date\n"
        + "2026-12-01T10:00:00Z,2026-12-01T12:00:00Z,ogg,clma\n");

    int code = cli.run("import", file.toString());

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err.split("\n")).containsExactly(
        "Row 3: expected 6 fields as in the header line, found 4",
        "Nothing was imported.");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void import_csvWithUnclosedQuote_namesTheRowAndWritesNothing() throws IOException {
    Path file = dir.resolve("in.csv");
    Files.writeString(file, "start,end,site,enclosure,telescope,reason\r\n"
        + "2026-12-01T10:00:00Z,2026-12-01T12:00:00Z,ogg,clma,2m0a,fine\r\n"
        + "\r\n"
        + "2026-12-02T10:00:00Z,2026-12-02T12:00:00Z,ogg,clma,2m0a,\"never closed\r\n");

    int code = cli.run("import", file.toString());

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("Row 2: a quoted field is not closed\nNothing was imported.\n");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void import_badDateAndMissingField_areNamedWithTheirRow() throws IOException {
    Path file = dir.resolve("in.csv");
    Files.writeString(file, "start,end,site,enclosure\n"
        + "tomorrow,2026-12-01T12:00:00Z,ogg,clma\n");

    cli.run("import", file.toString());

    assertThat(cli.err).isEqualTo("Row 1: start: Datetime has wrong format. Use one of these formats instead: "
        + "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].; telescope: This field is required.\n"
        + "Nothing was imported.\n");
  }

  @Test
  void import_endBeforeStart_isRefusedByTheSameRulesAsTheApi() throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, "{\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T09:00:00Z\",\"site\":\"ogg\","
        + "\"enclosure\":\"clma\",\"telescope\":\"2m0a\"}\n");

    cli.run("import", file.toString());

    assertThat(cli.err).isEqualTo("Row 1: non_field_errors: End time must be after start time\nNothing was imported.\n");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void import_notJson_namesTheRow() throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, "{\"start\":\"2026-12-01T10:00:00Z\"}\n[1,2]\n");

    cli.run("import", file.toString());

    assertThat(cli.err).startsWith("Row 2: expected a JSON object, found array\n");
  }

  @Test
  void import_jsonValueThatIsNotText_isRefusedWithTheApiMessage() throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, "{\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\",\"site\":\"ogg\","
        + "\"enclosure\":\"clma\",\"telescope\":\"2m0a\",\"reason\":true}\n");

    int code = cli.run("import", file.toString());

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("Row 1: reason: Not a valid string.\nNothing was imported.\n");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void import_jsonArrayFromStdin_isAccepted() {
    cli.stdin = "[{\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\",\"site\":\"ogg\","
        + "\"enclosure\":\"clma\",\"telescope\":\"2m0a\",\"reason\":\"from a pipe\",\"created_by\":\"dave\"}]";

    int code = cli.run("import", "-");

    assertThat(code).isZero();
    assertThat(cli.downtimes.all()).extracting(Downtime::reason, Downtime::createdBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("from a pipe", "dave"));
  }

  @Test
  void import_missingFile_saysSo() {
    int code = cli.run("import", dir.resolve("nothing.csv").toString());

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).endsWith("nothing.csv does not exist or is not a file.\n");
  }

  @Test
  void import_unknownFormat_isRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("in.txt"), "");

    int code = cli.run("import", "--format", "xml", file.toString());

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("--format: \"xml\" is not a valid choice; use jsonl or csv.\n");
  }

  @Test
  void import_onTerminal_drawsAProgressBarOnStderr() throws IOException {
    cli.terminal = true;
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, "{\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\",\"site\":\"ogg\","
        + "\"enclosure\":\"clma\",\"telescope\":\"2m0a\"}\n");

    cli.run("import", file.toString());

    assertThat(cli.err).contains("Reading [").contains("100%");
    assertThat(cli.out).isEqualTo("Imported 1 downtime (ids 1 to 1)\n");
  }

  @Test
  void export_toFileOnTerminal_drawsAProgressBarAndLeavesNoPartialFile() throws IOException {
    cli.createOnOgg("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z", "one");
    cli.createOnOgg("2026-12-02T10:00:00Z", "2026-12-02T12:00:00Z", "two");
    cli.terminal = true;
    Path file = dir.resolve("out.jsonl");

    cli.run("export", "-o", file.toString());

    assertThat(cli.err).contains("Exporting [").contains("100%").endsWith("Exported 2 downtimes to " + file + "\n");
    assertThat(Files.readAllLines(file)).hasSize(2);
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(path -> path.getFileName().toString())).containsExactly("out.jsonl");
    }
  }

  @Test
  void export_toStdoutOnTerminal_drawsNoBar() {
    cli.createOnOgg("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z", "one");
    cli.terminal = true;

    cli.run("export");

    assertThat(cli.err).isEmpty();
  }
}
