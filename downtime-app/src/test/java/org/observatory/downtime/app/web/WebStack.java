package org.observatory.downtime.app.web;

import org.observatory.downtime.app.support.TestDatabase;
import org.observatory.downtime.app.support.TestStack;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.service.DowntimeServices;

/**
 * The real stack on a free port ({@link TestStack} on a temporary SQLite file) with the page tests' users: a staff
 * user {@value #STAFF} and a non-staff user {@value #VISITOR}, both with password {@value #PASSWORD}.
 */
final class WebStack implements AutoCloseable {

  static final String STAFF = "ada";
  static final String VISITOR = "bob";
  static final String PASSWORD = "correct horse battery";

  final DowntimeServices services;
  final User staff = new User(STAFF, true, false);
  private final TestStack stack;

  WebStack() {
    this(TestCatalogues.fixed());
  }

  WebStack(InstrumentCatalogue catalogue) {
    stack = TestStack.start(TestDatabase.sqlite(), WriteAccess.STAFF, catalogue);
    stack.users().createLocalUser(STAFF, PASSWORD.toCharArray(), true);
    stack.users().createLocalUser(VISITOR, PASSWORD.toCharArray(), false);
    services = stack.services();
  }

  String url(String path) {
    return stack.baseUrl() + path;
  }

  @Override
  public void close() {
    stack.close();
  }
}
