package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void line_quotesOnlyFieldsWithCommaQuoteOrLineBreak() {
    assertThat(Csv.line(List.of("ogg", "", "Mirror recoat, part 2", "the \"big\" one", "two\nlines", "cr\rhere",
        "#not a comment", "  spaced  ", "a-long-reason-that-needs-no-quoting-at-all", "Ünïcode ✓")))
        .isEqualTo("ogg,,\"Mirror recoat, part 2\",\"the \"\"big\"\" one\",\"two\nlines\",\"cr\rhere\","
            + "#not a comment,  spaced  ,a-long-reason-that-needs-no-quoting-at-all,Ünïcode ✓");
  }

  @Test
  void read_quotedFieldsAndEveryLineEnding_giveTheFieldsBack() throws IOException {
    assertThat(records("id,reason\r\n1,\"Reason with, comma\nand a \"\"second\"\" line\"\r2,plain\n\n3,\n"))
        .containsExactly(List.of("id", "reason"), List.of("1", "Reason with, comma\nand a \"second\" line"),
            List.of("2", "plain"), List.of(""), List.of("3", ""));
  }

  @Test
  void read_lineWrittenByLine_readsBackTheSameFields() throws IOException {
    List<String> fields = List.of("1", "", "a,b", "\"q\"", "x\r\ny", " lead");

    assertThat(records(Csv.line(fields) + "\n")).containsExactly(fields);
  }

  @Test
  void read_quotedFieldNeverClosed_isRefusedWithAClearMessage() throws IOException {
    Csv.Records in = Csv.read(new StringReader("a,b\n1,\"open\n"));
    in.next();

    assertThatThrownBy(in::next).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a quoted field is not closed");
  }

  @Test
  void read_textAfterAClosingQuote_isRefusedWithAClearMessage() throws IOException {
    Csv.Records in = Csv.read(new StringReader("1,\"quoted\"tail\n"));

    assertThatThrownBy(in::next).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a quoted field is followed by text; expected a comma or the end of the line");
  }

  private static List<List<String>> records(String text) throws IOException {
    Csv.Records in = Csv.read(new StringReader(text));
    List<List<String>> all = new ArrayList<>();
    for (List<String> fields = in.next(); fields != null; fields = in.next()) {
      all.add(fields);
    }
    return all;
  }
}
