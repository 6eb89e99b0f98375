import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scripted load against a running Verso (see docs/performance.md). Single-file program:
 *
 * <pre>java bench/VersoBench.java http://127.0.0.1:8080 seed 3000
 * java bench/VersoBench.java http://127.0.0.1:8080 form 1000 8
 * java bench/VersoBench.java http://127.0.0.1:8080 queue 500 4</pre>
 *
 * Start the application with a high submission limit for the form run:
 * VERSO_INTAKE_SUBMISSIONS_PER_HOUR_PER_ADDRESS=1000000.
 */
public class VersoBench {
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String mode = args[1];
    int n = Integer.parseInt(args[2]);
    int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    switch (mode) {
      case "seed" -> seed(base, n, concurrency);
      case "form" -> form(base, n, concurrency);
      case "queue" -> queue(base, n, concurrency);
      default -> throw new IllegalArgumentException(mode);
    }
  }

  static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** Creates matters through the JSON API (authenticated as the demo intake worker). */
  static void seed(String base, int n, int concurrency) throws Exception {
    String auth = "Basic " + Base64.getEncoder().encodeToString("intake:verso-demo".getBytes(StandardCharsets.UTF_8));
    HttpClient http = client();
    String[] municipalities = {"097", "178", "213", "491", "507", "588", "623", ""};
    AtomicInteger failures = new AtomicInteger();
    run(n, concurrency, i -> {
      String municipality = municipalities[i % municipalities.length];
      String json =
          """
          {"kind":"CHILD_WELFARE_NOTIFICATION","channel":"API","receivedAt":"%s",
           "reporter":{"type":"PRIVATE_PERSON","anonymous":true},
           "child":{"firstName":"Lapsi%d","lastName":"Kuormitus","birthDate":"2015-01-01"%s},
           "childKnows":"UNKNOWN","guardiansKnow":"UNKNOWN",
           "concern":"Kuormitustestin huoli numero %d."}
          """
              .formatted(
                  java.time.OffsetDateTime.now().minusHours(i % 500).withNano(0),
                  i,
                  municipality.isEmpty() ? "" : ",\"municipality\":\"" + municipality + "\"",
                  i);
      HttpRequest req =
          HttpRequest.newBuilder(URI.create(base + "/api/v1/notifications"))
              .header("Authorization", auth)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build();
      HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
      if (res.statusCode() != 201) {
        failures.incrementAndGet();
      }
    });
    System.out.println("seeded " + n + ", failures " + failures.get());
  }

  /** Each request: fetch the form (session, CSRF, submission key), then post a distinct notification. */
  static void form(String base, int n, int concurrency) throws Exception {
    System.out.println("warm-up");
    measure("form-warmup", Math.min(300, n), 2, i -> submitOne(base, i + 1_000_000));
    measure("form-submit", n, concurrency, i -> submitOne(base, i));
  }

  static long submitOne(String base, int i) throws Exception {
    HttpClient http = client();
    String form = http.send(HttpRequest.newBuilder(URI.create(base + "/citizen/notification")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String csrf = find(CSRF, form);
    String key = find(KEY, form);
    String body =
        String.join("&",
            p("_csrf", csrf), p("submissionKey", key), p("reporterType", "PRIVATE_PERSON"),
            p("reporterAnonymous", "true"), p("childFirstName", "Kuorma" + i), p("childAge", "7"),
            p("childMunicipality", "491"), p("childKnows", "NO"), p("guardiansKnow", "NO"),
            p("concern", "Kuormitustestin ilmoitus " + i + " " + UUID.randomUUID()));
    long start = System.nanoTime();
    HttpResponse<String> res = http.send(
        HttpRequest.newBuilder(URI.create(base + "/citizen/notification"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    long took = System.nanoTime() - start;
    if (res.statusCode() != 302) {
      throw new IllegalStateException("form submit answered " + res.statusCode());
    }
    return took;
  }

  /** The intake queue page of the demo intake worker's team. */
  static void queue(String base, int n, int concurrency) throws Exception {
    HttpClient http = client();
    String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
    String body = String.join("&", p("_csrf", find(CSRF, login)), p("username", "intake"), p("password", "verso-demo"));
    HttpResponse<String> res = http.send(
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 302 || !res.headers().firstValue("Location").orElse("").endsWith("/employee")) {
      throw new IllegalStateException("login failed: " + res.statusCode());
    }
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/employee/intake")).build(), HttpResponse.BodyHandlers.ofString());
    System.out.printf("queue page: status %d, %d bytes, %d rows%n", page.statusCode(), page.body().length(),
        page.body().split("<tr").length - 2);
    measure("queue-warmup", Math.min(200, n), 1, i -> getTimed(http, base + "/employee/intake"));
    measure("queue-page", n, concurrency, i -> getTimed(http, base + "/employee/intake"));
  }

  static long getTimed(HttpClient http, String url) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    long took = System.nanoTime() - start;
    if (res.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + res.statusCode());
    }
    return took;
  }

  interface Job {
    void run(int i) throws Exception;
  }

  interface Timed {
    long run(int i) throws Exception;
  }

  static void run(int n, int concurrency, Job job) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          job.run(index);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    }
  }

  static void measure(String name, int n, int concurrency, Timed job) throws Exception {
    List<Long> times = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    run(n, concurrency, i -> times.add(job.run(i)));
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    System.out.printf("%s: n=%d concurrency=%d throughput=%.0f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n",
        name, n, concurrency, n / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
        sorted.get(sorted.size() - 1) / 1e6);
  }

  static double ms(List<Long> sorted, double q) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
  }

  static String find(Pattern p, String html) {
    Matcher m = p.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("not found: " + p);
    }
    return m.group(1);
  }

  static String p(String k, String v) {
    return URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8);
  }
}
