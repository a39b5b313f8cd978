package org.observatory.downtime.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.out.IdentityProvider;

/**
 * The Observation Portal as identity source: OAuth2 password grant plus profile for logins, and the profile endpoint
 * with {@code Authorization: Token} for API tokens.
 *
 * <p>A login's two calls share one time budget, the client's call timeout. Wrong credentials give an empty result;
 * a portal that is down, slow or answers nonsense gives an {@link UnavailableException} whose message never
 * contains a password, token or the client secret.
 */
public final class PortalIdentityProvider implements IdentityProvider {

  // Token-endpoint errors that mean this service is misconfigured, not that the user typed a wrong password.
  /** What clients are told when the portal fails; the URL and the portal's answer stay in the operators' log. */
  static final String PUBLIC_MESSAGE =
      "The Observation Portal cannot be reached to check these credentials. Try again in a moment.";
  private static final Set<String> CLIENT_ERRORS = Set.of("invalid_client", "unauthorized_client", "unsupported_grant_type");

  private final OkHttpClient client;
  private final HttpUrl tokenUrl;
  private final HttpUrl profileUrl;
  private final String clientId;
  private final String clientSecret;
  private final PortalProfileJson json = new PortalProfileJson();

  /** A provider calling the portal with {@code client}, whose timeouts bound every call. */
  public PortalIdentityProvider(OkHttpClient client, String tokenUrl, String profileUrl, String clientId,
      String clientSecret) {
    this.client = Objects.requireNonNull(client, "client");
    this.tokenUrl = url("tokenUrl", tokenUrl);
    this.profileUrl = url("profileUrl", profileUrl);
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = clientSecret == null ? "" : clientSecret;
  }

  @Override
  public Optional<UserAccount> login(String username, String password) {
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      return Optional.empty();
    }
    long started = System.nanoTime();
    FormBody form = new FormBody.Builder()
        .add("grant_type", "password")
        .add("username", username)
        .add("password", password)
        .add("client_id", clientId)
        .add("client_secret", clientSecret)
        .build();
    Answer token = call(new Request.Builder().url(tokenUrl).post(form), started);
    if (token.code() == 400 || token.code() == 401) {
      String error = json.object(token.body()).map(body -> PortalProfileJson.text(body.get("error"))).orElse("");
      if (CLIENT_ERRORS.contains(error)) {
        throw unavailable("it refused this service's OAuth client (" + error
            + "); check OAUTH_CLIENT_ID and OAUTH_CLIENT_SECRET");
      }
      return Optional.empty();
    }
    token.requireOk("token endpoint " + token.url());
    String accessToken = json.object(token.body())
        .map(body -> PortalProfileJson.text(body.get("access_token")))
        .filter(value -> !value.isEmpty())
        .orElseThrow(() -> unavailable("the token endpoint " + token.url() + " answered without an access_token"));
    Answer profile = call(profileRequest("Bearer " + accessToken), started);
    profile.requireOk("profile endpoint " + profile.url() + " (after a successful login)");
    return Optional.of(account(profile, username));
  }

  @Override
  public Optional<UserAccount> lookupToken(String apiToken) {
    if (apiToken == null || apiToken.isBlank()) {
      return Optional.empty();
    }
    Request.Builder request;
    try {
      request = profileRequest("Token " + apiToken);
    } catch (IllegalArgumentException e) {
      // Control or non-ASCII characters cannot travel in a header, so no portal token looks like this.
      return Optional.empty();
    }
    Answer profile = call(request, System.nanoTime());
    if (profile.code() == 401 || profile.code() == 403) {
      return Optional.empty();
    }
    profile.requireOk("profile endpoint " + profile.url());
    return Optional.of(account(profile, null));
  }

  private Request.Builder profileRequest(String authorization) {
    return new Request.Builder().url(profileUrl).get().header("Authorization", authorization);
  }

  private UserAccount account(Answer profile, String fallbackUsername) {
    JsonNode body = json.object(profile.body())
        .orElseThrow(() -> unavailable("the profile endpoint " + profile.url() + " answered something that is not a JSON object"));
    return json.account(body, fallbackUsername)
        .orElseThrow(() -> unavailable("the profile endpoint " + profile.url() + " answered a profile without a username"));
  }

  /** Runs one call within what is left of the operation's budget (the client's call timeout, when it has one). */
  private Answer call(Request.Builder builder, long operationStarted) {
    Request request = builder.header("Accept", "application/json").build();
    String shown = request.url().newBuilder().username("").password("").query(null).build().toString();
    Call call = client.newCall(request);
    long budget = TimeUnit.MILLISECONDS.toNanos(client.callTimeoutMillis());
    if (budget > 0) {
      long left = budget - (System.nanoTime() - operationStarted);
      if (left <= 0) {
        throw unavailable("no answer within " + client.callTimeoutMillis() + " ms from " + shown);
      }
      call.timeout().timeout(left, TimeUnit.NANOSECONDS);
    }
    try (Response response = call.execute()) {
      return new Answer(response.code(), response.body().string(), shown);
    } catch (InterruptedIOException e) {
      throw unavailable("no answer in time from " + shown);
    } catch (IOException e) {
      throw unavailable("cannot reach " + shown + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  static UnavailableException unavailable(String why) {
    return new UnavailableException(PUBLIC_MESSAGE, "Observation Portal unavailable: " + why, null);
  }

  private static HttpUrl url(String field, String value) {
    HttpUrl url = HttpUrl.parse(Objects.requireNonNull(value, field).strip());
    if (url == null) {
      throw new IllegalArgumentException(field + " must be an http:// or https:// URL");
    }
    return url;
  }

  /** A portal answer read in full: status, body text, and the URL as it may be shown. */
  private record Answer(int code, String body, String url) {

    void requireOk(String what) {
      if (code < 200 || code > 299) {
        throw unavailable("the " + what + " answered HTTP " + code);
      }
    }
  }
}
