package org.observatory.downtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.NotAuthenticatedException;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The one place where a failure becomes text on stderr and an exit code. */
final class ExceptionMapper implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    int code = report(failure, err);
    err.flush();
    return code;
  }

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(failure.getMessage());
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return ExitCodes.INVALID_INPUT;
  }

  static int report(Exception failure, PrintWriter err) {
    if (failure instanceof ValidationException refusal) {
      printFieldErrors(refusal.errors(), err);
      return ExitCodes.INVALID_INPUT;
    }
    if (failure instanceof NotFoundException) {
      err.println(failure.getMessage());
      return ExitCodes.NOT_FOUND;
    }
    if (failure instanceof UnavailableException) {
      err.println("Unavailable: " + failure.getMessage());
      return ExitCodes.UNAVAILABLE;
    }
    if (failure instanceof PermissionDeniedException || failure instanceof NotAuthenticatedException) {
      err.println(failure.getMessage());
      return ExitCodes.PERMISSION_DENIED;
    }
    if (failure instanceof CommandFailure refusal) {
      err.println(refusal.getMessage());
      return refusal.exitCode();
    }
    if (failure instanceof UnsupportedOperationException refusal) {
      // Something this configuration cannot do, with what to do instead (e.g. backup on PostgreSQL).
      err.println(refusal.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    if (failure instanceof IOException) {
      err.println("File error: " + failure.getMessage());
      return ExitCodes.SOFTWARE;
    }
    // Unexpected: say what it was in one line; the stack trace helps nobody at a terminal.
    err.println("Unexpected error: " + failure);
    return ExitCodes.SOFTWARE;
  }

  // One line per message, "field: message"; errors about several fields together are printed bare.
  private static void printFieldErrors(Map<String, List<String>> errors, PrintWriter err) {
    errors.forEach((field, messages) -> {
      for (String message : messages) {
        err.println(FieldErrors.NON_FIELD.equals(field) ? message : field + ": " + message);
      }
    });
  }
}
