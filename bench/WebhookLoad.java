import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two sides of bench/webhooks, run with {@code java bench/WebhookLoad.java MODE ...}:
 *
 * <pre>
 * receivers FIRST_PORT COUNT SECRET STATUS_FILE
 *     COUNT webhook receivers on 127.0.0.1:FIRST_PORT.., answering 204; every second STATUS_FILE gets
 *     "received distinct duplicates bad_signatures".
 * writer BASE_URL TOKEN PER_MINUTE SECONDS
 *     POSTs PER_MINUTE downtime creations a minute (in 2010, outside the scheduler windows) for SECONDS;
 *     prints how many were created (201).
 * </pre>
 */
public final class WebhookLoad {

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "receivers" -> receivers(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3], Path.of(args[4]));
      case "writer" -> writer(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      default -> throw new IllegalArgumentException("mode: receivers or writer");
    }
  }

  private static void receivers(int firstPort, int count, String secret, Path status) throws Exception {
    AtomicLong received = new AtomicLong();
    AtomicLong duplicates = new AtomicLong();
    AtomicLong bad = new AtomicLong();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    var threads = Executors.newFixedThreadPool(4);
    for (int i = 0; i < count; i++) {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), firstPort + i), 64);
      server.setExecutor(threads);
      server.createContext("/", exchange -> {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String signature = exchange.getRequestHeaders().getFirst("X-Downtime-Signature-256");
        if (!valid(secret, body, signature)) {
          bad.incrementAndGet();
        }
        received.incrementAndGet();
        if (!seen.add(exchange.getRequestHeaders().getFirst("X-Downtime-Delivery"))) {
          duplicates.incrementAndGet();
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
      });
      server.start();
    }
    while (true) {
      Files.writeString(status, received.get() + " " + seen.size() + " " + duplicates.get() + " " + bad.get() + "\n");
      Thread.sleep(1000);
    }
  }

  private static boolean valid(String secret, byte[] body, String header) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected = ("sha256=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
      return header != null && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      return false;
    }
  }

  private static void writer(String base, String token, int perMinute, int seconds) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long interval = 60_000_000_000L / perMinute;
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    int created = 0;
    int refused = 0;
    String[][] telescopes = {{"ogg", "clma", "2m0a"}, {"coj", "doma", "1m0a"}, {"lsc", "aqwa", "0m4a"}};
    for (long n = 0; ; n++) {
      long due = start + n * interval;
      if (due >= end) {
        break;
      }
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      String[] t = telescopes[(int) (n % telescopes.length)];
      long day = 1 + n % 28;
      String body = String.format("{\"start\":\"2010-02-%02dT10:00:00Z\",\"end\":\"2010-02-%02dT12:00:00Z\","
          + "\"site\":\"%s\",\"enclosure\":\"%s\",\"telescope\":\"%s\",\"reason\":\"bench webhooks %d\"}",
          day, day, t[0], t[1], t[2], n);
      HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/api/"))
          .header("Content-Type", "application/json").header("Authorization", "Token " + token)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
      if (answer.statusCode() == 201) {
        created++;
      } else {
        refused++;
      }
    }
    System.out.println(created + " " + refused);
  }

  private WebhookLoad() {
  }
}
