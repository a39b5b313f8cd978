package org.observatory.downtime.webhooks;

import java.net.Proxy;
import java.time.Duration;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.observatory.downtime.core.port.out.WebhookSender;

/**
 * Builds the {@link WebhookSender}: connect 3 s, read 10 s, write 10 s, 25 s in all, no redirects, no proxy, checked
 * DNS.
 */
public final class WebhookSenders {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
  static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
  /** The whole attempt: the outbox leases each claimed delivery for this long per attempt before it. */
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(25);

  private WebhookSenders() {
  }

  /**
   * The sender the service uses.
   *
   * @param allowPrivateNetworks whether receivers on private, loopback and link-local addresses are allowed
   */
  public static WebhookSender create(boolean allowPrivateNetworks) {
    return create(allowPrivateNetworks, Dns.SYSTEM);
  }

  static OkHttpWebhookSender create(boolean allowPrivateNetworks, Dns resolver) {
    AddressPolicy policy = new AddressPolicy(allowPrivateNetworks);
    return new OkHttpWebhookSender(() -> new OkHttpClient.Builder()
        .connectTimeout(CONNECT_TIMEOUT)
        .readTimeout(READ_TIMEOUT)
        .writeTimeout(WRITE_TIMEOUT)
        .callTimeout(CALL_TIMEOUT)
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        // A proxy would connect on our behalf to an address this service never checked.
        .proxy(Proxy.NO_PROXY)
        .dns(new CheckedDns(resolver, policy))
        .build(), resolver, policy);
  }
}
