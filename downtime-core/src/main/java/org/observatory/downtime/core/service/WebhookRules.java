package org.observatory.downtime.core.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.observatory.downtime.core.model.Category;
import org.observatory.downtime.core.model.DowntimeRules;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.WebhookDraft;
import org.observatory.downtime.core.port.out.WebhookSender;

/** What a webhook subscription must be: an http(s) URL the sender accepts, a long enough secret, known filters. */
final class WebhookRules {

  static final int MAX_URL = 2000;
  static final int MIN_SECRET = 16;
  static final int MAX_SECRET = 256;

  private WebhookRules() {
  }

  /**
   * Throws a {@link org.observatory.downtime.core.model.ValidationException} naming every bad field.
   *
   * @param creating whether the secret is required
   */
  static void check(WebhookDraft draft, boolean creating, WebhookSender sender) {
    FieldErrors errors = new FieldErrors();
    String url = draft.url().strip();
    if (url.isEmpty()) {
      errors.add("url", FieldErrors.REQUIRED);
    } else if (url.length() > MAX_URL) {
      errors.add("url", FieldErrors.tooLong(MAX_URL));
    } else if (!httpUrl(url)) {
      errors.add("url", "Enter a valid http or https URL.");
    } else {
      sender.refusal(url).ifPresent(refusal -> errors.add("url", refusal));
    }
    if (draft.secret().isEmpty() && creating) {
      errors.add("secret", FieldErrors.REQUIRED);
    }
    draft.secret().ifPresent(secret -> {
      if (secret.length() < MIN_SECRET) {
        errors.add("secret", "Ensure this field has at least " + MIN_SECRET + " characters.");
      } else if (secret.length() > MAX_SECRET) {
        errors.add("secret", FieldErrors.tooLong(MAX_SECRET));
      }
    });
    draft.filter().site().filter(site -> site.isBlank() || site.length() > 3)
        .ifPresent(site -> errors.add("site", FieldErrors.tooLong(3)));
    draft.filter().telescope().filter(telescope -> telescope.isBlank() || telescope.length() > 4)
        .ifPresent(telescope -> errors.add("telescope", FieldErrors.tooLong(4)));
    draft.filter().category().filter(category -> !Category.CODES.contains(category))
        .ifPresent(category -> errors.add("category", DowntimeRules.notAChoice(category)));
    errors.throwIfAny();
  }

  private static boolean httpUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          && uri.getRawUserInfo() == null && uri.getRawFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
