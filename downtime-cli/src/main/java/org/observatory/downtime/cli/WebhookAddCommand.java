package org.observatory.downtime.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.DowntimeRules;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.model.WebhookDraft;
import org.observatory.downtime.core.model.WebhookFilter;
import org.observatory.downtime.core.model.WebhookSubscription;
import org.observatory.downtime.core.port.in.ManageWebhooksUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code webhook add URL}: subscribes a receiver; the secret is read from the terminal or standard input only. */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Subscribes a receiver to the changes. The secret the deliveries are signed with is asked for on "
        + "the terminal (or read from standard input with --secret-stdin), never given as an argument.")
final class WebhookAddCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "URL", description = "Where events are POSTed (http or https).")
  String url;

  @Option(names = {"-s", "--site"}, paramLabel = "CODE", description = "Only downtimes at this site.")
  String site;

  @Option(names = {"-t", "--telescope"}, paramLabel = "CODE", description = "Only downtimes on this telescope.")
  String telescope;

  @Option(names = {"-c", "--category"}, paramLabel = "CODE", description = "Only downtimes of this category.")
  String category;

  @Option(names = "--event", paramLabel = "TYPE", description = "Only this event type (repeatable): created, "
      + "updated, deleted, started, ended (or downtime.created, ...). Default: every type.")
  List<String> events = List.of();

  @Option(names = "--inactive", description = "Make it paused: nothing is queued until it is activated.")
  boolean inactive;

  @Option(names = "--secret-stdin", description = "Read the secret from the first line of standard input.")
  boolean secretStdin;

  @Mixin
  ActorOption actor;

  private final ManageWebhooksUseCase webhooks;
  private final CliEnvironment environment;

  WebhookAddCommand(ManageWebhooksUseCase webhooks, CliEnvironment environment) {
    this.webhooks = webhooks;
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    String secret = secretStdin ? fromStdin() : fromTerminal();
    WebhookFilter filter = new WebhookFilter(present(site), present(telescope), present(category), types(events));
    WebhookSubscription saved = webhooks.create(actor.actor(environment),
        new WebhookDraft(url, secret.isEmpty() ? Optional.empty() : Optional.of(secret), filter, !inactive));
    spec.commandLine().getOut().println("Saved webhook " + saved.id() + " to " + saved.url() + " ("
        + WebhookListCommand.describe(saved) + ")");
    return ExitCodes.OK;
  }

  private String fromStdin() throws IOException {
    // Not closed: closing would close the process's standard input.
    BufferedReader in = new BufferedReader(new InputStreamReader(environment.stdin(), StandardCharsets.UTF_8));
    String line = in.readLine();
    return line == null ? "" : line.strip();
  }

  private String fromTerminal() {
    char[] typed = environment.passwords().read("Secret: ").orElseThrow(() -> CommandFailure.invalidInput(
        "secret: No terminal to ask for the secret on; use --secret-stdin."));
    return new String(typed).strip();
  }

  private static Set<ChangeEvent.Type> types(List<String> names) {
    Set<ChangeEvent.Type> types = EnumSet.noneOf(ChangeEvent.Type.class);
    for (String name : names) {
      String bare = name.strip().replaceFirst("^downtime\\.", "");
      types.add(ChangeEvent.Type.ofWireName("downtime." + bare)
          .orElseThrow(() -> ValidationException.of("event", DowntimeRules.notAChoice(name))));
    }
    return types;
  }

  private static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
