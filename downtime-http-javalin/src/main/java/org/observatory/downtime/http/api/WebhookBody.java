package org.observatory.downtime.http.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.DowntimeRules;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.WebhookDraft;
import org.observatory.downtime.core.model.WebhookFilter;
import org.observatory.downtime.core.model.WebhookSubscription;

/**
 * Binds a JSON body ({@code url}, {@code secret}, {@code site}, {@code telescope}, {@code category},
 * {@code event_types}, {@code active}) to a webhook draft; on a PATCH, absent fields keep their current value.
 */
final class WebhookBody {

  private final ObjectMapper mapper;

  WebhookBody(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The draft the body describes.
   *
   * @param current the subscription a PATCH changes; empty for a creation
   * @throws BadRequestException when the body is no JSON object
   * @throws org.observatory.downtime.core.model.ValidationException naming each field of the wrong type
   */
  WebhookDraft draft(byte[] body, Optional<WebhookSubscription> current) {
    JsonNode json = object(body);
    FieldErrors errors = new FieldErrors();
    Optional<WebhookFilter> was = current.map(WebhookSubscription::filter);
    String url = text(json, "url", errors).orElse(current.map(WebhookSubscription::url).orElse(""));
    Optional<String> secret = text(json, "secret", errors);
    Optional<String> site = json.has("site") ? text(json, "site", errors) : was.flatMap(WebhookFilter::site);
    Optional<String> telescope = json.has("telescope") ? text(json, "telescope", errors)
        : was.flatMap(WebhookFilter::telescope);
    Optional<String> category = json.has("category") ? text(json, "category", errors)
        : was.flatMap(WebhookFilter::category);
    Set<ChangeEvent.Type> types = json.has("event_types") ? types(json.get("event_types"), errors)
        : was.map(WebhookFilter::types).orElse(Set.of());
    boolean active = current.map(WebhookSubscription::active).orElse(true);
    if (json.has("active")) {
      if (json.get("active").isBoolean()) {
        active = json.get("active").booleanValue();
      } else {
        errors.add("active", "Must be a valid boolean.");
      }
    }
    errors.throwIfAny();
    return new WebhookDraft(url, secret, new WebhookFilter(site, telescope, category, types), active);
  }

  /** One string field of a JSON object body, empty when absent, null or blank. */
  Optional<String> field(byte[] body, String field) {
    FieldErrors errors = new FieldErrors();
    Optional<String> value = text(object(body), field, errors);
    errors.throwIfAny();
    return value;
  }

  private JsonNode object(byte[] body) {
    try {
      JsonNode json = mapper.readTree(body);
      if (json == null || !json.isObject()) {
        throw new BadRequestException(400, "The body must be a JSON object.");
      }
      return json;
    } catch (JsonProcessingException e) {
      throw new BadRequestException(400, "JSON parse error - " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadRequestException(400, "The request body could not be read: " + e.getMessage());
    }
  }

  // A string field; null or "" means none.
  private static Optional<String> text(JsonNode json, String field, FieldErrors errors) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      errors.add(field, "Not a valid string.");
      return Optional.empty();
    }
    return value.textValue().isBlank() ? Optional.empty() : Optional.of(value.textValue().strip());
  }

  private static Set<ChangeEvent.Type> types(JsonNode value, FieldErrors errors) {
    Set<ChangeEvent.Type> types = EnumSet.noneOf(ChangeEvent.Type.class);
    if (value == null || value.isNull()) {
      return types;
    }
    if (!value.isArray()) {
      errors.add("event_types", "Expected a list of items but got type \"" + value.getNodeType().name()
          .toLowerCase(java.util.Locale.ROOT) + "\".");
      return types;
    }
    for (JsonNode item : value) {
      Optional<ChangeEvent.Type> type = item.isTextual() ? ChangeEvent.Type.ofWireName(item.textValue())
          : Optional.empty();
      if (type.isPresent()) {
        types.add(type.get());
      } else {
        errors.add("event_types", DowntimeRules.notAChoice(item.asText()));
      }
    }
    return types;
  }
}
