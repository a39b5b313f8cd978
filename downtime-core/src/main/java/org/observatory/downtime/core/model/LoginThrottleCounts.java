package org.observatory.downtime.core.model;

/**
 * What the login throttle did since this process started, for metrics.
 *
 * @param failedChecks password checks that failed (and were counted against username and address)
 * @param refusals     attempts refused without checking the password, because a limit was reached
 */
public record LoginThrottleCounts(long failedChecks, long refusals) {
}
