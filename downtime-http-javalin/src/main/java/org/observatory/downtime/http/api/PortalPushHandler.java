package org.observatory.downtime.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.NotAuthenticatedException;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;
import org.observatory.downtime.http.security.HttpAuthenticator;

/**
 * {@code POST /authprofile/addupdateuser/}: the Observation Portal pushes a user's profile and API token, signed
 * with {@code Authorization: Server <OAUTH_SERVER_KEY>}. An empty server key refuses every push.
 */
final class PortalPushHandler {

  static final String DENIED = "You do not have permission to perform this action.";

  private final byte[] serverKey;
  private final ManageUsersUseCase users;
  private final HttpAuthenticator authenticator;
  private final RequestBody body;
  private final ApiRepresentation representation;
  private final ApiResponder responder;

  PortalPushHandler(String serverKey, ManageUsersUseCase users, HttpAuthenticator authenticator, RequestBody body,
                    ApiRepresentation representation, ApiResponder responder) {
    this.serverKey = serverKey.getBytes(StandardCharsets.UTF_8);
    this.users = users;
    this.authenticator = authenticator;
    this.body = body;
    this.representation = representation;
    this.responder = responder;
  }

  void push(Context ctx) {
    checkServerKey(ctx.header("Authorization"));
    // The portal does not always label its JSON: read it as JSON whatever the Content-Type says.
    Map<String, JsonNode> profile = RequestBody.object(body.json(body.bytes(ctx)));
    UserAccount account = account(profile);
    users.upsertPortalUser(account);
    authenticator.forget(account.username());
    responder.send(ctx, 200, representation.value(Map.of("message", "User account updated")), "User account updated");
  }

  private void checkServerKey(String header) {
    if (header == null || !header.strip().regionMatches(true, 0, "Server ", 0, 7)) {
      throw NotAuthenticatedException.missing();
    }
    byte[] given = header.strip().substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (serverKey.length == 0 || !MessageDigest.isEqual(serverKey, given)) {
      throw new PermissionDeniedException(DENIED);
    }
  }

  private static UserAccount account(Map<String, JsonNode> profile) {
    JsonNode username = profile.get("username");
    if (username == null || !username.isTextual() || username.textValue().isBlank()) {
      throw ValidationException.of("username", FieldErrors.REQUIRED);
    }
    JsonNode tokens = profile.get("tokens");
    String token = tokens != null && tokens.path("api_token").isTextual() ? tokens.path("api_token").textValue() : "";
    return new UserAccount(username.textValue(), "", flag(profile, "is_staff"), flag(profile, "is_superuser"),
        text(profile, "email"), text(profile, "first_name"), text(profile, "last_name"), token,
        UserAccount.Source.PORTAL);
  }

  private static String text(Map<String, JsonNode> profile, String name) {
    JsonNode node = profile.get(name);
    return node != null && node.isTextual() ? node.textValue() : "";
  }

  private static boolean flag(Map<String, JsonNode> profile, String name) {
    JsonNode node = profile.get(name);
    return node != null && node.asBoolean(false);
  }
}
