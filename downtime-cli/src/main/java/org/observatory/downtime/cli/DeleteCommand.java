package org.observatory.downtime.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.port.in.DeleteDowntimeUseCase;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code delete ID...}: deletes downtimes all-or-nothing; an unknown id deletes none. */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = "Deletes the downtimes with these ids; if one does not exist, none is deleted.")
final class DeleteCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Id of a downtime (as shown by list).")
  List<Long> ids;

  @Mixin
  ActorOption actor;

  private final FindDowntimesUseCase find;
  private final DeleteDowntimeUseCase delete;
  private final CliEnvironment environment;

  DeleteCommand(FindDowntimesUseCase find, DeleteDowntimeUseCase delete, CliEnvironment environment) {
    this.find = find;
    this.delete = delete;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Set<Long> unique = new LinkedHashSet<>(ids);
    List<Long> missing = new ArrayList<>();
    for (Long id : unique) {
      try {
        find.get(id);
      } catch (NotFoundException e) {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      throw new NotFoundException((missing.size() == 1 ? "No downtime with id " : "No downtimes with ids ")
          + String.join(", ", missing.stream().map(String::valueOf).toList()) + "; nothing was deleted.");
    }
    List<Downtime> deleted = delete.deleteAll(unique, actor.actor(environment));
    PrintWriter out = spec.commandLine().getOut();
    for (Downtime downtime : deleted) {
      out.println("Deleted downtime " + downtime.id() + " on " + downtime.telescopeKey() + " from "
          + Timestamps.format(downtime.start()) + " to " + Timestamps.format(downtime.end()));
    }
    return ExitCodes.OK;
  }
}
