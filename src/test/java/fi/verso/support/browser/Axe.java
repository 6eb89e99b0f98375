package fi.verso.support.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;

/** axe-core against WCAG 2.1 levels A and AA, the level the law requires of public services. */
public final class Axe {
  static final List<String> WCAG_21_AA_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Axe() {}

  /** Fails with one readable entry per broken rule: id, impact, the offending elements and how to fix. */
  public static void assertNoViolations(Page page) {
    AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA_TAGS).analyze();
    if (results.getErrorMessage() != null) {
      throw new AssertionError("axe could not check " + page.url() + ": " + results.getErrorMessage());
    }
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      throw new AssertionError(describe(page.url(), violations));
    }
  }

  static String describe(String url, List<Rule> violations) {
    StringBuilder text =
        new StringBuilder("axe found ")
            .append(violations.size())
            .append(" WCAG 2.1 AA violation(s) on ")
            .append(url)
            .append(':');
    for (Rule rule : violations) {
      text.append("\n- ")
          .append(rule.getId())
          .append(" (")
          .append(rule.getImpact())
          .append("): ")
          .append(rule.getHelp())
          .append("\n    ")
          .append(rule.getHelpUrl());
      for (CheckedNode node : rule.getNodes()) {
        text.append("\n    at ").append(node.getTarget());
        if (node.getFailureSummary() != null) {
          text.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
        }
      }
    }
    return text.toString();
  }
}
