/**
 * Availability statistics: interval arithmetic ({@link org.observatory.downtime.core.availability.Intervals}) and the
 * per-telescope report built on it. Public and dependency-free so services embedding the core can use it directly.
 */
package org.observatory.downtime.core.availability;
