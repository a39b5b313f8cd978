package org.observatory.downtime.portal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.observatory.downtime.core.model.UserAccount;

/** Reads the portal's JSON answers: the OAuth2 token answer and the user profile. */
final class PortalProfileJson {

  private final ObjectMapper mapper = new ObjectMapper();

  /** The JSON object in {@code body}, or empty when it is not a JSON object. */
  Optional<JsonNode> object(String body) {
    try {
      JsonNode node = mapper.readTree(body);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /**
   * The account a profile describes: missing optional fields become {@code ""} or {@code false}; a missing username
   * becomes {@code fallbackUsername}, and with neither the result is empty. {@code profile.staff_view} is not kept.
   */
  Optional<UserAccount> account(JsonNode profile, String fallbackUsername) {
    String username = text(profile.get("username"));
    if (username.isBlank()) {
      username = fallbackUsername == null ? "" : fallbackUsername.strip();
    }
    if (username.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new UserAccount(
        username,
        "",
        profile.path("is_staff").asBoolean(false),
        profile.path("is_superuser").asBoolean(false),
        text(profile.get("email")),
        text(profile.get("first_name")),
        text(profile.get("last_name")),
        text(profile.path("tokens").get("api_token")),
        UserAccount.Source.PORTAL));
  }

  static String text(JsonNode node) {
    return node != null && node.isValueNode() && !node.isNull() ? node.asText().strip() : "";
  }
}
