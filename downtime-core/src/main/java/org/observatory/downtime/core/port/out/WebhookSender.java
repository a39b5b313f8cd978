package org.observatory.downtime.core.port.out;

import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.core.model.WebhookOutcome;

/** For posting webhook deliveries to their receivers, and checking where a receiver may be. */
public interface WebhookSender {

  /**
   * Why events may not be sent to this URL, or empty when they may: only http and https, and (unless allowed by
   * the operator) no host that resolves to a private, loopback or link-local address. Never throws.
   */
  Optional<String> refusal(String url);

  /**
   * Posts a JSON body once, connecting only to an address allowed by {@link #refusal}, following no redirect.
   *
   * @param headers added to the request, e.g. the signature
   * @return the receiver's answer, or the failure (a refused address is a failure, never an exception)
   */
  WebhookOutcome post(String url, Map<String, String> headers, byte[] body);
}
