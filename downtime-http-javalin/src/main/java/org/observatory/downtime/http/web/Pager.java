package org.observatory.downtime.http.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Page links for a list: previous/next and a window of page numbers around the current one.
 *
 * @param page     the current page, 1-based
 * @param pages    how many pages there are, at least 1
 * @param count    how many rows in all pages
 * @param first    1-based position of the first row shown (0 when there are none)
 * @param last     1-based position of the last row shown
 * @param previous link to the previous page, {@code ""} on the first
 * @param next     link to the next page, {@code ""} on the last
 * @param links    page numbers to offer, with gaps
 */
public record Pager(int page, int pages, long count, long first, long last, String previous, String next,
    List<PageLink> links) {

  /** Rows per page on every web list. */
  public static final int PAGE_SIZE = 50;
  private static final int AROUND = 2;

  public Pager {
    links = List.copyOf(links);
  }

  /**
   * The pager for {@code count} rows shown {@code size} a page, on page {@code page} (clamped to the existing ones).
   *
   * @param url link to a page number
   */
  public static Pager of(long count, int page, int size, IntFunction<String> url) {
    int pages = (int) Math.max(1, (count + size - 1) / size);
    int current = Math.max(1, Math.min(page, pages));
    List<PageLink> links = new ArrayList<>();
    int previousShown = 0;
    for (int n = 1; n <= pages; n++) {
      boolean show = n == 1 || n == pages || Math.abs(n - current) <= AROUND;
      if (!show) {
        continue;
      }
      if (n > previousShown + 1) {
        links.add(PageLink.gap());
      }
      links.add(new PageLink(n, url.apply(n), n == current));
      previousShown = n;
    }
    long first = count == 0 ? 0 : (long) (current - 1) * size + 1;
    long last = Math.min(count, (long) current * size);
    return new Pager(current, pages, count, first, last, current > 1 ? url.apply(current - 1) : "",
        current < pages ? url.apply(current + 1) : "", links);
  }

  /** Offset of the first row of the current page. */
  public int offset(int size) {
    return (page - 1) * size;
  }

  public boolean hasPrevious() {
    return !previous.isEmpty();
  }

  public boolean hasNext() {
    return !next.isEmpty();
  }
}
