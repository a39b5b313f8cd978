package org.observatory.downtime.http.api;

/**
 * The page model of the readable HTML rendering of one API answer.
 *
 * @param title    what the answer is, e.g. "Downtime list"
 * @param method   the request method
 * @param path     the request path with its query string
 * @param status   the answer's status code
 * @param json     the answer's JSON, pretty-printed
 * @param next     link to the next page, or {@code null}
 * @param previous link to the previous page, or {@code null}
 * @param jsonUrl  the same request answered as JSON
 */
public record ApiPage(String title, String method, String path, int status, String json, String next, String previous,
                      String jsonUrl) {
}
