package org.observatory.downtime.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonTextTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "\"ogg\"                      | ogg",
      "[\"ogg\"]                    | ['ogg']",
      "[]                           | []",
      "{}                           | {}",
      "{\"a\": 1, \"b\": [true, false, null]} | {'a': 1, 'b': [True, False, None]}",
      "true                         | True",
      "null                         | None",
      "-0                           | 0",
      "12345678901234567890         | 12345678901234567890",
      "1.0                          | 1.0",
      "1e5                          | 100000.0",
      "1e16                         | 1e+16",
      "1.5e-5                       | 1.5e-05",
      "0.0001                       | 0.0001",
      "-2.5                         | -2.5",
      "[\"it's\"]                   | [\"it's\"]",
      "[\"a\\\"b\"]                 | ['a\"b']",
      "[\"it's \\\"q\\\"\"]         | ['it\\'s \"q\"']",
      "[\"tab\\there\\r\\n\"]       | ['tab\\there\\r\\n']",
      "[\"\\u0001\\u007f\\u00a0\"]  | ['\\x01\\x7f\\xa0']",
      "[\"\\u00e9\\u4e2d\\ud83d\\ude00\"] | ['é中😀']",
      "[\"\\u200b\\u2028\"]         | ['\\u200b\\u2028']",
      "[\"a\\\\b\"]                 | ['a\\\\b']"})
  void str_isWhatPythonWritesForTheValueJsonLoadsGives(String json, String python) throws Exception {
    assertThat(PythonText.str(JSON.readTree(json))).isEqualTo(python);
  }
}
