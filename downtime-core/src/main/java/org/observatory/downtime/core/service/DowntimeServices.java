package org.observatory.downtime.core.service;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.LoginLimits;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.in.AuthenticateUseCase;
import org.observatory.downtime.core.port.in.AvailabilityUseCase;
import org.observatory.downtime.core.port.in.ChangeFeedUseCase;
import org.observatory.downtime.core.port.in.CreateDowntimeUseCase;
import org.observatory.downtime.core.port.in.DeleteDowntimeUseCase;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.in.HistoryUseCase;
import org.observatory.downtime.core.port.in.ImportDowntimesUseCase;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;
import org.observatory.downtime.core.port.in.NightsUseCase;
import org.observatory.downtime.core.port.in.PersonalTokensUseCase;
import org.observatory.downtime.core.port.in.RecurringDowntimeUseCase;
import org.observatory.downtime.core.port.in.UpdateDowntimeUseCase;
import org.observatory.downtime.core.port.out.AuditTrail;
import org.observatory.downtime.core.port.out.ChangeLog;
import org.observatory.downtime.core.port.out.DarknessCalculator;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.IdentityProvider;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.port.out.LoginFailures;
import org.observatory.downtime.core.port.out.RecurrenceExpander;
import org.observatory.downtime.core.port.out.UserStore;

/**
 * Every use case of the core, built on the driven ports with plain constructors: the one factory the service's
 * composition root, the tests and programs embedding the core all use.
 */
public record DowntimeServices(
    CreateDowntimeUseCase create,
    FindDowntimesUseCase find,
    UpdateDowntimeUseCase update,
    DeleteDowntimeUseCase delete,
    RecurringDowntimeUseCase recurring,
    ImportDowntimesUseCase imports,
    HistoryUseCase history,
    AvailabilityUseCase availability,
    AuthenticateUseCase authenticate,
    ManageUsersUseCase users,
    ChangeFeedUseCase changes,
    NightsUseCase nights,
    PersonalTokensUseCase tokens) {

  /**
   * What the core is built on.
   *
   * @param downtimes  where downtimes are stored
   * @param audit      where every change is recorded
   * @param users      where local accounts and portal copies are kept
   * @param catalogue  the instrument catalogue writes are checked against
   * @param recurrence expands recurrence rules
   * @param portal     the outside identity source (the Observation Portal), if any
   * @param changes    the change events recorded with every change
   * @param darkness   computes each site's nights
   * @param loginFailures where failed password checks are counted (shared by instances)
   */
  public record Ports(DowntimeRepository downtimes, AuditTrail audit, UserStore users, InstrumentCatalogue catalogue,
                      RecurrenceExpander recurrence, Optional<IdentityProvider> portal, ChangeLog changes,
                      DarknessCalculator darkness, LoginFailures loginFailures) {
    public Ports {
      Objects.requireNonNull(downtimes, "downtimes");
      Objects.requireNonNull(audit, "audit");
      Objects.requireNonNull(users, "users");
      Objects.requireNonNull(catalogue, "catalogue");
      Objects.requireNonNull(recurrence, "recurrence");
      Objects.requireNonNull(portal, "portal");
      Objects.requireNonNull(changes, "changes");
      Objects.requireNonNull(darkness, "darkness");
      Objects.requireNonNull(loginFailures, "loginFailures");
    }

    /** With failed password checks counted in this process only (one instance, or a program embedding the core). */
    public Ports(DowntimeRepository downtimes, AuditTrail audit, UserStore users, InstrumentCatalogue catalogue,
                 RecurrenceExpander recurrence, Optional<IdentityProvider> portal, ChangeLog changes,
                 DarknessCalculator darkness) {
      this(downtimes, audit, users, catalogue, recurrence, portal, changes, darkness, new InProcessLoginFailures());
    }
  }

  /**
   * Builds every use case.
   *
   * @param access who may write (staff only, or any authenticated user on what it created)
   */
  public static DowntimeServices create(Ports ports, WriteAccess access) {
    return create(ports, access, LoginLimits.DEFAULT);
  }

  /**
   * Builds every use case.
   *
   * @param access who may write (staff only, or any authenticated user on what it created)
   * @param limits how many failed password checks are allowed per username and per client address
   */
  public static DowntimeServices create(Ports ports, WriteAccess access, LoginLimits limits) {
    WritePolicy policy = new WritePolicy(Objects.requireNonNull(access, "access"));
    PasswordHasher hasher = new PasswordHasher();
    DowntimeRepository downtimes = ports.downtimes();
    InstrumentCatalogue catalogue = ports.catalogue();
    return new DowntimeServices(
        new CreateDowntimeService(downtimes, catalogue, policy, ports.darkness()),
        new FindDowntimesService(downtimes),
        new UpdateDowntimeService(downtimes, catalogue, policy, ports.darkness()),
        new DeleteDowntimeService(downtimes, policy),
        new RecurringDowntimeService(downtimes, catalogue, policy, ports.recurrence()),
        new ImportDowntimesService(downtimes, catalogue, policy),
        new HistoryService(ports.audit()),
        new AvailabilityService(downtimes, catalogue),
        new AuthenticationService(ports.users(), hasher, ports.portal(),
            new LoginThrottle(ports.loginFailures(), limits, Clock.systemUTC())),
        new UserService(ports.users(), hasher),
        new ChangeFeedService(ports.changes()),
        new NightsService(downtimes, catalogue, ports.darkness()),
        new PersonalTokenService(ports.users()));
  }
}
