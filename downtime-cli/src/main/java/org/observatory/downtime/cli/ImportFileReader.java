package org.observatory.downtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.observatory.downtime.core.model.DraftBinder;
import org.observatory.downtime.core.model.ImportRow;
import org.observatory.downtime.core.model.ValidationException;

/**
 * Reads every downtime of an import file into rows (restoring or creating). Rows are numbered from 1 in the order the downtimes appear
 * (a CSV header line and blank lines are not rows). Every bad row is reported, up to {@link ImportErrors#MAX_REPORTED}.
 */
final class ImportFileReader {

  private final ExportJson json;

  ImportFileReader(ExportJson json) {
    this.json = json;
  }

  /**
   * Reads the whole input, then the records in it.
   *
   * @param progress told how many characters have been read so far
   * @throws ValidationException with one {@code "Row N: ..."} line per bad row; then no row is returned at all
   */
  List<ImportRow> read(Reader in, FileFormat format, LongConsumer progress) throws IOException {
    String text = readAll(in, progress);
    List<Map<String, String>> records = format == FileFormat.CSV ? csv(text) : json(text);
    List<ImportRow> rows = new ArrayList<>(records.size());
    ImportErrors bad = new ImportErrors();
    for (int i = 0; i < records.size(); i++) {
      try {
        rows.add(ImportRecords.toRow(records.get(i)));
      } catch (ValidationException e) {
        bad.add(i + 1, e.getMessage());
      }
    }
    bad.throwIfAny();
    return rows;
  }

  private static String readAll(Reader in, LongConsumer progress) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[64 * 1024];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      text.append(buffer, 0, n);
      progress.accept(text.length());
    }
    // A byte-order mark written by some spreadsheet programs is not part of the first field name.
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString();
  }

  private static List<Map<String, String>> csv(String text) throws IOException {
    Csv.Records in = Csv.read(new StringReader(text));
    List<Map<String, String>> records = new ArrayList<>();
    ImportErrors bad = new ImportErrors();
    List<String> header = in.next();
    if (header == null) {
      return records;
    }
    header = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
    while (true) {
      int row = records.size() + 1;
      List<String> fields;
      try {
        fields = in.next();
      } catch (IllegalArgumentException e) {
        bad.add(row, e.getMessage());
        break;
      }
      if (fields == null) {
        break;
      }
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      if (fields.size() != header.size()) {
        bad.add(row, "expected " + header.size() + " fields as in the header line, found " + fields.size());
      }
      Map<String, String> record = new HashMap<>();
      for (int i = 0; i < Math.min(header.size(), fields.size()); i++) {
        record.put(header.get(i), fields.get(i));
      }
      records.add(record);
    }
    bad.throwIfAny();
    return records;
  }

  // JSON lines; a file holding one JSON array of objects is read too.
  private List<Map<String, String>> json(String text) {
    List<Map<String, String>> records = new ArrayList<>();
    ImportErrors bad = new ImportErrors();
    if (text.strip().startsWith("[")) {
      JsonNode array;
      try {
        array = json.parse(text);
      } catch (IllegalArgumentException e) {
        bad.add(1, e.getMessage());
        bad.throwIfAny();
        return records;
      }
      for (JsonNode element : array) {
        add(records, bad, element);
      }
    } else {
      for (String line : text.split("\r?\n")) {
        if (!line.isBlank()) {
          try {
            add(records, bad, json.parse(line));
          } catch (IllegalArgumentException e) {
            bad.add(records.size() + 1, e.getMessage());
            records.add(Map.of());
          }
        }
      }
    }
    bad.throwIfAny();
    return records;
  }

  private static void add(List<Map<String, String>> records, ImportErrors bad, JsonNode node) {
    try {
      records.add(fields(node));
    } catch (IllegalArgumentException e) {
      bad.add(records.size() + 1, e.getMessage());
      records.add(Map.of());
    }
  }

  private static Map<String, String> fields(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    Map<String, String> record = new HashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      if (value.isTextual() || value.isNumber()) {
        record.put(field.getKey(), value.asText());
      } else if (!value.isNull()) {
        throw new IllegalArgumentException(field.getKey() + ": " + DraftBinder.NOT_A_STRING);
      }
    }
    return record;
  }
}
