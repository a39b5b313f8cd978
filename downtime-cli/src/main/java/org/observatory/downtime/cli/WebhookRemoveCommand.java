package org.observatory.downtime.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.observatory.downtime.core.port.in.ManageWebhooksUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code webhook remove ID...}: removes subscriptions with their queued deliveries. */
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = "Removes webhook subscriptions and the deliveries still queued for them.")
final class WebhookRemoveCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Id of a subscription (as shown by webhook list).")
  List<Long> ids;

  @Mixin
  ActorOption actor;

  private final ManageWebhooksUseCase webhooks;
  private final CliEnvironment environment;

  WebhookRemoveCommand(ManageWebhooksUseCase webhooks, CliEnvironment environment) {
    this.webhooks = webhooks;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    for (long id : ids) {
      webhooks.delete(actor.actor(environment), id);
      spec.commandLine().getOut().println("Removed webhook " + id);
    }
    return ExitCodes.OK;
  }
}
