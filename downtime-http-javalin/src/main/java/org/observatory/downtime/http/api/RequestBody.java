package org.observatory.downtime.http.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.RawValue;
import org.observatory.downtime.core.model.ValidationException;

/**
 * Reads a write's body: a JSON object, a form ({@code application/x-www-form-urlencoded}) or multipart. Each field
 * becomes a {@link RawValue} as received: text, a null, or another JSON kind written as Python wrote it, for the
 * core's binder to judge. An empty body has no fields, whatever its declared type.
 */
final class RequestBody {

  private static final String READ = RequestBody.class.getName() + ".bytes";

  private final ObjectMapper mapper;
  private final long maxBytes;

  RequestBody(ObjectMapper mapper, long maxBytes) {
    this.mapper = mapper;
    this.maxBytes = maxBytes;
  }

  /** The body of a downtime write, read now; a body that cannot be read is kept as its refusal. */
  WriteBody read(Context ctx) {
    try {
      return WriteBody.of(DowntimeInput.of(fields(ctx)));
    } catch (BadRequestException | ValidationException | HttpResponseException unreadable) {
      return WriteBody.unreadable(unreadable);
    }
  }

  /**
   * The raw body, read at most up to the limit: a chunked body has no declared length to refuse up front.
   *
   * @throws BadRequestException (413) when the body is larger than the limit
   */
  byte[] bytes(Context ctx) {
    byte[] read = ctx.attribute(READ);
    if (read != null) {
      if (read.length > maxBytes) {
        throw BadRequestException.bodyTooLarge(maxBytes);
      }
      return read;
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      // The stream can be read once; a handler that looks at the body before another must not starve it.
      ctx.attribute(READ, bytes);
      if (bytes.length > maxBytes) {
        OversizedBodies.drain(ctx, bytes.length);
        throw BadRequestException.bodyTooLarge(maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new BadRequestException(400, "The request body could not be read: " + e.getMessage());
    }
  }

  private Map<String, RawValue> fields(Context ctx) {
    String type = mediaType(ctx.contentType());
    if (type.equals("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
      Map<String, RawValue> fields = new LinkedHashMap<>();
      // Django's QueryDict answers the last value of a repeated field.
      ctx.formParamMap().forEach((name, values) -> {
        if (!values.isEmpty()) {
          fields.put(name, RawValue.text(values.get(values.size() - 1)));
        }
      });
      return fields;
    }
    byte[] body = bytes(ctx);
    if (body.length == 0) {
      // DRF reads an empty body as no data at all: the same answer as {}.
      return Map.of();
    }
    if (!type.isEmpty() && !type.equals("application/json") && !type.endsWith("+json")) {
      throw new BadRequestException(415, "Unsupported media type \"" + ctx.contentType() + "\" in request.");
    }
    JsonNode node = json(body);
    if (node.isNull()) {
      throw ValidationException.of(FieldErrors.NON_FIELD, "No data provided");
    }
    Map<String, RawValue> fields = new LinkedHashMap<>();
    object(node).forEach((name, value) -> fields.put(name, raw(value)));
    return fields;
  }

  /** A JSON value as received: text stays text; anything else is kept with Python's text of it. */
  static RawValue raw(JsonNode value) {
    if (value.isTextual()) {
      return RawValue.text(value.textValue());
    }
    if (value.isNull()) {
      return RawValue.NULL;
    }
    RawValue.Kind kind = value.isNumber() ? RawValue.Kind.NUMBER
        : value.isBoolean() ? RawValue.Kind.BOOLEAN
        : value.isArray() ? RawValue.Kind.LIST
        : RawValue.Kind.OBJECT;
    return new RawValue(kind, PythonText.str(value));
  }

  /** Parses JSON whatever the declared type (the portal's push). */
  JsonNode json(byte[] body) {
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new BadRequestException(400, "JSON parse error - Expecting value: the body is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new BadRequestException(400, "JSON parse error - " + shortReason(e));
    } catch (IOException e) {
      throw new BadRequestException(400, "JSON parse error - the body could not be read");
    }
  }

  /** The members of a JSON object, or a refusal naming what was sent instead (as DRF names Python types). */
  static Map<String, JsonNode> object(JsonNode node) {
    if (!node.isObject()) {
      throw ValidationException.of(FieldErrors.NON_FIELD,
          "Invalid data. Expected a dictionary, but got " + pythonType(node) + ".");
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    node.fields().forEachRemaining(entry -> fields.put(entry.getKey(), entry.getValue()));
    return fields;
  }

  private static String pythonType(JsonNode node) {
    if (node.isArray()) {
      return "list";
    }
    if (node.isTextual()) {
      return "str";
    }
    if (node.isBoolean()) {
      return "bool";
    }
    if (node.isIntegralNumber()) {
      return "int";
    }
    if (node.isNumber()) {
      return "float";
    }
    return node.isNull() ? "NoneType" : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String shortReason(JsonProcessingException e) {
    String reason = e.getOriginalMessage();
    reason = reason == null ? "invalid JSON" : reason.lines().findFirst().orElse("invalid JSON");
    if (reason.length() > 200) {
      reason = reason.substring(0, 200) + "…";
    }
    if (e.getLocation() != null) {
      reason += ": line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr();
    }
    return reason;
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    return List.of(contentType.split(";")).get(0).strip().toLowerCase(Locale.ROOT);
  }
}
