package org.observatory.downtime.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.WebhookReport;
import org.observatory.downtime.core.model.WebhookSubscription;
import org.observatory.downtime.core.port.in.ManageWebhooksUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code webhook list}: one line per subscription with its filters and backlog (never its secret). */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "Lists the webhook subscriptions: id, state, pending deliveries, URL and filters.")
final class WebhookListCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ActorOption actor;

  private final ManageWebhooksUseCase webhooks;
  private final CliEnvironment environment;

  WebhookListCommand(ManageWebhooksUseCase webhooks, CliEnvironment environment) {
    this.webhooks = webhooks;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<WebhookReport> reports = webhooks.list(actor.actor(environment));
    if (reports.isEmpty()) {
      out.println("No webhook subscriptions.");
    }
    for (WebhookReport report : reports) {
      WebhookSubscription subscription = report.subscription();
      out.println(subscription.id() + "  " + (subscription.active() ? "active  " : "inactive") + "  backlog "
          + report.backlog() + "  " + subscription.url() + "  (" + describe(subscription) + ")");
    }
    return ExitCodes.OK;
  }

  /** The filters in words: {@code site ogg, events downtime.created} or {@code every event}. */
  static String describe(WebhookSubscription subscription) {
    List<String> parts = new ArrayList<>();
    subscription.filter().site().ifPresent(site -> parts.add("site " + site));
    subscription.filter().telescope().ifPresent(telescope -> parts.add("telescope " + telescope));
    subscription.filter().category().ifPresent(category -> parts.add("category " + category));
    if (!subscription.filter().types().isEmpty()) {
      parts.add("events " + String.join(" ", subscription.filter().types().stream().sorted()
          .map(ChangeEvent.Type::wireName).toList()));
    }
    return parts.isEmpty() ? "every event" : String.join(", ", parts);
  }
}
