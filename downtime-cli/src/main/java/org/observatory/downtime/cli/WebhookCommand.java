package org.observatory.downtime.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code webhook add|list|remove|test}: the webhook subscriptions that receive every change by signed POST. */
@Command(name = "webhook", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "(add | list | remove | test)",
    description = "Manages the webhook subscriptions: receivers to which every matching change is POSTed, signed "
        + "with their secret (X-Downtime-Signature-256).")
final class WebhookCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.INVALID_INPUT;
  }
}
