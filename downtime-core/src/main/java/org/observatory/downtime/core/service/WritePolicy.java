package org.observatory.downtime.core.service;

import java.util.Objects;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.WriteAccess;

/** Decides who may create, change and delete downtimes under the configured {@link WriteAccess}. */
public final class WritePolicy {

  static final String DENIED = "You do not have permission to perform this action.";

  private final WriteAccess access;

  public WritePolicy(WriteAccess access) {
    this.access = Objects.requireNonNull(access, "access");
  }

  public WriteAccess access() {
    return access;
  }

  /** Whether the user may create downtimes. */
  public boolean mayCreate(User user) {
    return user.privileged() || access == WriteAccess.AUTHENTICATED;
  }

  /** Whether the user may change or delete this downtime. */
  public boolean mayChange(User user, Downtime downtime) {
    return user.privileged()
        || (access == WriteAccess.AUTHENTICATED && !user.username().isEmpty()
            && user.username().equals(downtime.createdBy()));
  }

  /** @throws PermissionDeniedException when the user may not create */
  public void checkCreate(User user) {
    if (!mayCreate(user)) {
      throw new PermissionDeniedException(DENIED);
    }
  }

  /** @throws PermissionDeniedException when the user may not change or delete this downtime */
  public void checkChange(User user, Downtime downtime) {
    if (!mayChange(user, downtime)) {
      throw new PermissionDeniedException(DENIED);
    }
  }
}
