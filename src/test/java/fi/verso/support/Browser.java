package fi.verso.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client against the running application that keeps cookies like a browser and does not
 * follow redirects (tests look at them). For tests that need the real servlet container: error pages,
 * session cookies, headers as they leave the server.
 */
public final class Browser {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"");
  private static final Pattern H1 = Pattern.compile("(?s)<h1[^>]*>(.*?)</h1>");

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;

  public Browser(int port) {
    this.base = "http://localhost:" + port;
    this.client =
        HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A GET carrying a cookie by hand, as someone holding an old cookie would send it. */
  public Page getWithCookie(String path, String cookie) {
    return send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie).GET());
  }

  public Page post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Signs in through the real form, as a person would: open the page, fill it in, send it. */
  public Page signIn(String username, String password) {
    Page form = get("/login");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", form.csrfToken());
    fields.put("username", username);
    fields.put("password", password);
    return post("/login", fields);
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Page(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public record Page(int status, Map<String, List<String>> headers, String body) {
    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }

    public List<String> headerValues(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .toList();
    }

    /** Where a redirect points, as path and query (the server may send it absolute or relative). */
    public String redirect() {
      URI location = URI.create(header("Location").orElseThrow(() -> new AssertionError("not a redirect: " + status)));
      return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    public String csrfToken() {
      return find(CSRF).orElseThrow(() -> new AssertionError("no CSRF token in the page"));
    }

    public String htmlLang() {
      return find(HTML_LANG).orElseThrow(() -> new AssertionError("no <html lang> in the page"));
    }

    public List<String> h1s() {
      Matcher m = H1.matcher(body);
      List<String> found = new java.util.ArrayList<>();
      while (m.find()) {
        found.add(m.group(1).strip());
      }
      return found;
    }

    private Optional<String> find(Pattern pattern) {
      Matcher m = pattern.matcher(body);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
  }
}
