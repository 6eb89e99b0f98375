package fi.verso.support.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for the whole test run, kept in JUnit's root store so it is closed when the run
 * ends. Debian's package is used instead of Playwright's download, which these machines cannot fetch.
 */
public final class SharedChromium implements BeforeAllCallback {
  /** Where Debian's {@code chromium} package puts the browser; {@code -Dverso.chromium=...} overrides it. */
  static final Path DEFAULT_EXECUTABLE = Path.of("/usr/bin/chromium");

  private static final List<String> ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage");

  private static volatile Running running;

  @Override
  public void beforeAll(ExtensionContext context) {
    running =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.create(SharedChromium.class))
            .computeIfAbsent(Running.class, key -> launch(), Running.class);
  }

  static Browser browser() {
    Running r = running;
    if (r == null) {
      throw new IllegalStateException("Chromium was not started: annotate the test class with @BrowserTest");
    }
    return r.browser();
  }

  private static Running launch() {
    Path executable = Path.of(System.getProperty("verso.chromium", DEFAULT_EXECUTABLE.toString()));
    if (!Files.isExecutable(executable)) {
      // A failure, never a skip: a missing browser must not turn the accessibility checks silently off.
      throw new IllegalStateException(
          "The browser tests need Chromium at "
              + executable
              + " but it is not there. Install it with `sudo apt-get install chromium` (Debian/Ubuntu),"
              + " or point -Dverso.chromium=/path/to/chromium at another Chromium build.");
    }
    // The machines running the tests are small and shared; the default 5 s made waits fail under load.
    PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(executable)
                      .setHeadless(true)
                      .setArgs(ARGS));
      return new Running(playwright, browser);
    } catch (RuntimeException e) {
      playwright.close();
      throw new IllegalStateException("Chromium at " + executable + " did not start: " + e.getMessage(), e);
    }
  }

  private record Running(Playwright playwright, Browser browser) implements AutoCloseable {
    @Override
    public void close() {
      try {
        browser.close();
      } finally {
        playwright.close();
      }
    }
  }
}
