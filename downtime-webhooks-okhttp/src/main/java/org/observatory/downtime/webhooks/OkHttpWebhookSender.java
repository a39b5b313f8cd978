package org.observatory.downtime.webhooks;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.observatory.downtime.core.model.WebhookOutcome;
import org.observatory.downtime.core.port.out.WebhookSender;

/**
 * The {@link WebhookSender} on OkHttp: one POST per attempt, no redirect followed, no automatic retry (a retry is
 * the outbox's decision), and connections only to addresses the {@link AddressPolicy} allows ({@link CheckedDns};
 * an IP-literal host, which OkHttp does not resolve, is checked here). Build one with {@link WebhookSenders}.
 */
public final class OkHttpWebhookSender implements WebhookSender {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String REFUSED = "Webhooks may not be sent to private, loopback or link-local addresses "
      + "(WEBHOOK_ALLOW_PRIVATE_NETWORKS=true allows them).";

  private final Supplier<OkHttpClient> clients;
  private final Dns resolver;
  private final AddressPolicy policy;
  private volatile OkHttpClient client;

  /**
   * A sender whose client is built when the first delivery is sent: building an OkHttp client loads and initialises
   * the JDK's TLS stack (its trust store included), about 130 ms that would otherwise delay every start of
   * {@code serve} before it answers, whether any subscription exists or not.
   */
  OkHttpWebhookSender(Supplier<OkHttpClient> clients, Dns resolver, AddressPolicy policy) {
    this.clients = Objects.requireNonNull(clients, "clients");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  private OkHttpClient client() {
    OkHttpClient built = client;
    if (built == null) {
      synchronized (this) {
        built = client;
        if (built == null) {
          built = Objects.requireNonNull(clients.get(), "client");
          client = built;
        }
      }
    }
    return built;
  }

  @Override
  public Optional<String> refusal(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      return Optional.of("Enter a valid http or https URL.");
    }
    if (policy.allowPrivateNetworks()) {
      // Every address is allowed: nothing to resolve (a host unknown today may be known when events are sent).
      return Optional.empty();
    }
    try {
      List<InetAddress> addresses = resolve(parsed.host());
      return addresses.stream().allMatch(policy::allows) ? Optional.empty() : Optional.of(REFUSED);
    } catch (UnknownHostException e) {
      return Optional.of("The host " + parsed.host() + " cannot be resolved, so its addresses cannot be checked.");
    }
  }

  @Override
  public WebhookOutcome post(String url, Map<String, String> headers, byte[] body) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      return WebhookOutcome.failed("not an http or https URL");
    }
    if (literal(parsed.host()) && refusal(url).isPresent()) {
      return WebhookOutcome.failed(REFUSED);
    }
    Request.Builder request = new Request.Builder().url(parsed).post(RequestBody.create(body, JSON))
        .header("User-Agent", "downtime-webhooks/1");
    headers.forEach(request::header);
    try (Response response = client().newCall(request.build()).execute()) {
      return WebhookOutcome.answered(response.code());
    } catch (InterruptedIOException e) {
      return WebhookOutcome.failed("timed out: " + e.getMessage());
    } catch (IOException e) {
      return WebhookOutcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private List<InetAddress> resolve(String host) throws UnknownHostException {
    return literal(host) ? List.of(InetAddress.getByName(host)) : resolver.lookup(host);
  }

  // OkHttp gives an IPv6 literal's host without brackets; getByName parses literals without a lookup.
  private static boolean literal(String host) {
    return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }
}
