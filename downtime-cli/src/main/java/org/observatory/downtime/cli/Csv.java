package org.observatory.downtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * RFC 4180 comma-separated values on Jackson's CSV format: a field is quoted only when it holds a comma, a quote or a
 * line break; quoted fields (with commas, doubled quotes, line breaks) are read back.
 */
final class Csv {

  private static final TypeReference<List<String>> RECORD = new TypeReference<>() {
  };

  // Readers and writers are immutable, so one of each serves every command; the mapper is not kept.
  private static final ObjectWriter LINE;
  private static final ObjectReader RECORDS;

  static {
    CsvMapper mapper = CsvMapper.builder()
        .enable(CsvParser.Feature.WRAP_AS_ARRAY)
        // Quote exactly the fields that need it, as the files written before did (not every long field).
        .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
        .build();
    LINE = mapper.writer(CsvSchema.emptySchema().withLineSeparator(""));
    RECORDS = mapper.readerFor(RECORD).with(CsvSchema.emptySchema());
  }

  private Csv() {
  }

  /** One record as a line (without the line break), quoting fields that need it. */
  static String line(List<String> fields) {
    try {
      return LINE.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records of {@code in}, one at a time; an empty line is a record of one empty field. */
  static Records read(Reader in) throws IOException {
    return new Records(RECORDS.readValues(in));
  }

  /** The records of one input, read on demand. */
  static final class Records {

    private final MappingIterator<List<String>> records;

    private Records(MappingIterator<List<String>> records) {
      this.records = records;
    }

    /**
     * The next record's fields.
     *
     * @return the fields, or {@code null} at the end of the input
     * @throws IllegalArgumentException when the record is not valid CSV (a quoted field never closed, text after a
     *     closing quote); the records after it cannot be read
     */
    List<String> next() throws IOException {
      try {
        if (!records.hasNextValue()) {
          return null;
        }
        List<String> fields = records.nextValue();
        // Jackson gives some empty lines no field at all; a line always has at least one, if empty.
        return fields.isEmpty() ? List.of("") : fields;
      } catch (JsonProcessingException e) {
        String problem = e.getOriginalMessage();
        throw new IllegalArgumentException(problem.startsWith("Missing closing quote")
            ? "a quoted field is not closed"
            : "a quoted field is followed by text; expected a comma or the end of the line");
      }
    }
  }
}
