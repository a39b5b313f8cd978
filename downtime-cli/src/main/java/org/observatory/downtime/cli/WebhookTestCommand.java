package org.observatory.downtime.cli;

import java.util.concurrent.Callable;
import org.observatory.downtime.core.model.WebhookOutcome;
import org.observatory.downtime.core.port.in.ManageWebhooksUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code webhook test ID}: posts a signed ping now and says what the receiver answered. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Posts a signed webhook.ping to the subscription now; exits 0 when the receiver answered 2xx, "
        + "4 otherwise.")
final class WebhookTestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "Id of a subscription (as shown by webhook list).")
  long id;

  @Mixin
  ActorOption actor;

  private final ManageWebhooksUseCase webhooks;
  private final CliEnvironment environment;

  WebhookTestCommand(ManageWebhooksUseCase webhooks, CliEnvironment environment) {
    this.webhooks = webhooks;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    WebhookOutcome outcome = webhooks.test(actor.actor(environment), id);
    if (outcome.delivered()) {
      spec.commandLine().getOut().println("Delivered: the receiver answered HTTP " + outcome.status());
      return ExitCodes.OK;
    }
    spec.commandLine().getErr().println("Not delivered: " + outcome.error());
    return ExitCodes.UNAVAILABLE;
  }
}
