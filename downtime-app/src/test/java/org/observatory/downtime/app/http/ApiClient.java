package org.observatory.downtime.app.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.observatory.downtime.app.support.TestStack;

/**
 * A thin java.net.http client for the tests: every request spelled out as a client would send it, and every answer
 * of a documented {@code /api} route checked against {@code openapi.json} ({@link OpenApiAnswers}).
 */
final class ApiClient {

  final String base;
  private final OpenApiAnswers document = new OpenApiAnswers();
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  ApiClient(String base) {
    this.base = base;
  }

  /** A request being built: method, path, headers, body. */
  final class Call {
    private final String method;
    private final String path;
    private final List<String> headers = new ArrayList<>();
    private byte[] body = new byte[0];
    private boolean chunked;

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    Call header(String name, String value) {
      headers.add(name);
      headers.add(value);
      return this;
    }

    Call basic(String username, String password) {
      return header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    Call token(String token) {
      return header("Authorization", "Token " + token);
    }

    /** As the user of that name from {@link TestStack}, by its token; {@code null} for anonymous. */
    Call as(String user) {
      return user == null ? this : token(user + "-token");
    }

    Call json(String text) {
      body = text.getBytes(StandardCharsets.UTF_8);
      return header("Content-Type", "application/json");
    }

    Call form(String encoded) {
      body = encoded.getBytes(StandardCharsets.UTF_8);
      return header("Content-Type", "application/x-www-form-urlencoded");
    }

    Call body(byte[] bytes, String contentType) {
      body = bytes;
      return contentType == null ? this : header("Content-Type", contentType);
    }

    /** A body sent without Content-Length (chunked), as a streaming client would. */
    Call chunked(byte[] bytes, String contentType) {
      chunked = true;
      return body(bytes, contentType);
    }

    HttpResponse<String> send() {
      HttpResponse<byte[]> response = sendBytes();
      return new TextResponse(response);
    }

    private HttpRequest.BodyPublisher publisher() {
      if (chunked) {
        byte[] bytes = body;
        return HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes));
      }
      boolean withBody = body.length > 0 || method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
      return withBody ? HttpRequest.BodyPublishers.ofByteArray(body) : HttpRequest.BodyPublishers.noBody();
    }

    HttpResponse<byte[]> sendBytes() {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(30))
          .method(method, publisher());
      for (int i = 0; i < headers.size(); i += 2) {
        request.header(headers.get(i), headers.get(i + 1));
      }
      HttpResponse<byte[]> response;
      try {
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      document.check(method, path, response);
      return response;
    }
  }

  Call get(String path) {
    return new Call("GET", path);
  }

  Call post(String path) {
    return new Call("POST", path);
  }

  Call put(String path) {
    return new Call("PUT", path);
  }

  Call patch(String path) {
    return new Call("PATCH", path);
  }

  Call delete(String path) {
    return new Call("DELETE", path);
  }

  Call method(String method, String path) {
    return new Call(method, path);
  }
}
