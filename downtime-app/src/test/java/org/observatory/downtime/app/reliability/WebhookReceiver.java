package org.observatory.downtime.app.reliability;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback: answers 500 to the first {@code failFirst} requests (and to every one while
 * {@link #down} is set), 204 otherwise, and keeps every request it was sent.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as received, with what it was answered. */
  record Received(String deliveryId, String eventType, String signature, String body, int answered) {
    /** The event's id (the change feed's cursor) from the body. */
    long eventId() {
      Matcher id = Pattern.compile("^\\{\"id\":(\\d+),").matcher(body);
      return id.find() ? Long.parseLong(id.group(1)) : -1;
    }

    boolean accepted() {
      return answered == 204;
    }
  }

  volatile boolean down;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final List<Received> received = new ArrayList<>();
  private final AtomicInteger failuresLeft;

  WebhookReceiver(int failFirst) {
    this.failuresLeft = new AtomicInteger(failFirst);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext("/hook", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int status = down || failuresLeft.getAndDecrement() > 0 ? 500 : 204;
      synchronized (received) {
        received.add(new Received(exchange.getRequestHeaders().getFirst("X-Downtime-Delivery"),
            exchange.getRequestHeaders().getFirst("X-Downtime-Event"),
            exchange.getRequestHeaders().getFirst("X-Downtime-Signature-256"), body, status));
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** The first accepted request of each delivery id, in the order they arrived. */
  Map<String, Received> accepted() {
    Map<String, Received> accepted = new LinkedHashMap<>();
    for (Received one : received()) {
      if (one.accepted()) {
        accepted.putIfAbsent(one.deliveryId(), one);
      }
    }
    return accepted;
  }

  /** How many requests were accepted for a delivery id that had been accepted already. */
  long duplicates() {
    return received().stream().filter(Received::accepted).count() - accepted().size();
  }

  /** Waits (polling, at most {@code seconds}) until {@code count} distinct deliveries were accepted. */
  Map<String, Received> awaitAccepted(int count, int seconds) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (accepted().size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("after " + seconds + " s only " + accepted().size() + " of " + count
            + " deliveries were accepted (" + received().size() + " requests)");
      }
      LockSupport.parkNanos(10_000_000L);
    }
    return accepted();
  }

  /** Waits (polling, at most {@code seconds}) until {@code count} requests arrived, accepted or not. */
  void awaitRequests(int count, int seconds) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (received().size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("after " + seconds + " s only " + received().size() + " of " + count + " requests");
      }
      LockSupport.parkNanos(10_000_000L);
    }
  }

  /** What a receiver computes to check a delivery: sha256= and the hex HMAC-SHA256 of the raw body. */
  static String signature(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
