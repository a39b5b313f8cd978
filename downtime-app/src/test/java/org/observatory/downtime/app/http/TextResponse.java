package org.observatory.downtime.app.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** A byte response read as UTF-8 text, so tests can look at both the raw bytes (gzip) and the text. */
final class TextResponse implements HttpResponse<String> {

  private final HttpResponse<byte[]> raw;

  TextResponse(HttpResponse<byte[]> raw) {
    this.raw = raw;
  }

  @Override
  public int statusCode() {
    return raw.statusCode();
  }

  @Override
  public HttpRequest request() {
    return raw.request();
  }

  @Override
  public Optional<HttpResponse<String>> previousResponse() {
    return Optional.empty();
  }

  @Override
  public HttpHeaders headers() {
    return raw.headers();
  }

  @Override
  public String body() {
    return new String(raw.body(), StandardCharsets.UTF_8);
  }

  @Override
  public Optional<SSLSession> sslSession() {
    return raw.sslSession();
  }

  @Override
  public URI uri() {
    return raw.uri();
  }

  @Override
  public HttpClient.Version version() {
    return raw.version();
  }
}
