package fi.verso.support.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The checks the other browser tests rely on really catch problems; a check that cannot fail is no check. */
class BrowserSupportBrowserTest extends BrowserTestCase {

  @Test
  void axeReportsAnUnlabelledFieldWithRuleImpactTargetAndHelp() {
    page.setContent(
        "<!DOCTYPE html><html lang=\"fi\"><head><title>Testi</title></head><body><main><h1>Testi</h1>"
            + "<input id=\"nameless\" type=\"text\"></main></body></html>");

    assertThatThrownBy(this::assertNoAxeViolations)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("- label (critical)")
        .hasMessageContaining("#nameless")
        .hasMessageContaining("https://dequeuniversity.com/rules/axe/");
  }

  @Test
  void axeRunsOnTheApplicationsOwnPagesDespiteTheirContentSecurityPolicy() {
    open("/login");
    assertNoAxeViolations();

    page.evaluate("() => document.querySelector('label[for=username]').remove()");

    assertThatThrownBy(this::assertNoAxeViolations)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("#username");
  }

  @Test
  void anInlineStyleBlockedByTheContentSecurityPolicyIsCaughtFromTheConsole() {
    open("/");

    page.evaluate(
        "() => { const s = document.createElement('style'); s.textContent = 'body{}'; document.head.append(s); }");
    page.waitForTimeout(200);

    assertThat(takeConsoleErrors())
        .anySatisfy(error -> assertThat(error).contains("Content Security Policy"));
  }

  @Test
  void aScriptErrorInThePageIsCaught() {
    open("/");

    page.evaluate("() => { setTimeout(() => { throw new Error('broken on purpose'); }, 0); }");
    page.waitForTimeout(200);

    assertThat(takeConsoleErrors()).anySatisfy(error -> assertThat(error).contains("broken on purpose"));
  }
}
