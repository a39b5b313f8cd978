package org.observatory.downtime.http.web;

/**
 * One entry of a pager: a page number with its link, or a gap ({@code …}) between distant numbers.
 *
 * @param number  1-based page number, 0 for a gap
 * @param url     link to that page, {@code ""} for a gap
 * @param current whether it is the page shown
 */
public record PageLink(int number, String url, boolean current) {

  static PageLink gap() {
    return new PageLink(0, "", false);
  }

  public boolean isGap() {
    return number == 0;
  }
}
