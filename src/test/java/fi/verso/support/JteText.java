package fi.verso.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a jte template would show as literal text: the template with its code removed. Expressions become
 * a marker, so that an attribute written as {@code aria-label="${...}"} can be told from one with words in it.
 * Handles nested braces, strings and content blocks ({@code @`...`}) inside template calls and expressions.
 */
public final class JteText {
  /** Stands for an expression's output in the stripped text. */
  public static final char EXPRESSION = '\u0001';

  private static final Pattern USER_VISIBLE_ATTRIBUTE =
      Pattern.compile(
          "\\s(aria-label|aria-description|title|alt|placeholder)\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private final String source;
  private final StringBuilder out = new StringBuilder();
  private int i;

  private JteText(String source) {
    this.source = source;
  }

  /** The template without jte code: HTML and literal text, expressions replaced by {@link #EXPRESSION}. */
  public static String withoutCode(String template) {
    JteText text = new JteText(template);
    text.text(false);
    return text.out.toString();
  }

  /** Literal words a person would read in the page: what remains after the code and the HTML are gone. */
  public static List<String> literalText(String template) {
    String html = withoutCode(template);
    String text =
        html.replaceAll("(?s)<!--.*?-->", " ")
            .replaceAll("(?s)<[^>]*>", " ")
            .replaceAll("&#?[A-Za-z0-9]+;", " ")
            .replace(String.valueOf(EXPRESSION), " ");
    List<String> found = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (LETTER.matcher(line).find()) {
        found.add(line.strip());
      }
    }
    return found;
  }

  /** Attributes read out by assistive technology or shown as hints, whose value has literal words. */
  public static List<String> literalAttributes(String template) {
    String html = withoutCode(template);
    List<String> found = new ArrayList<>();
    Matcher m = USER_VISIBLE_ATTRIBUTE.matcher(html);
    while (m.find()) {
      String value = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
      if (LETTER.matcher(value).find()) {
        found.add(m.group().strip().replace(EXPRESSION, '…'));
      }
    }
    return found;
  }

  /** Copies literal text until the end, or until the backtick that closes the current content block. */
  private void text(boolean inContentBlock) {
    while (i < source.length()) {
      char c = source.charAt(i);
      if (inContentBlock && c == '`') {
        i++;
        return;
      }
      if (source.startsWith("<%--", i)) {
        int end = source.indexOf("--%>", i);
        i = end < 0 ? source.length() : end + 4;
      } else if (source.startsWith("${", i) || source.startsWith("!{", i)) {
        i += 2;
        code('}');
        out.append(EXPRESSION);
      } else if (source.startsWith("$unsafe{", i)) {
        i += "$unsafe{".length();
        code('}');
        out.append(EXPRESSION);
      } else if (c == '@' && keywordAt("import", "param")) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (c == '@' && keywordAt("if", "elseif", "for")) {
        i = source.indexOf('(', i) + 1;
        code(')');
      } else if (c == '@' && source.startsWith("@template.", i)) {
        i = source.indexOf('(', i) + 1;
        code(')');
      } else if (c == '@' && keywordAt("else", "endif", "endfor", "raw", "endraw")) {
        i++;
        while (i < source.length() && Character.isLetter(source.charAt(i))) {
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
  }

  private boolean keywordAt(String... keywords) {
    for (String keyword : keywords) {
      int end = i + 1 + keyword.length();
      if (source.startsWith(keyword, i + 1)
          && (end >= source.length() || !Character.isLetterOrDigit(source.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** Skips Java code up to the closing bracket, minding nesting, strings and content blocks. */
  private void code(char close) {
    char open = close == '}' ? '{' : '(';
    int depth = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        skipString(c);
      } else if (c == '@' && i + 1 < source.length() && source.charAt(i + 1) == '`') {
        i += 2;
        text(true);
      } else if (c == open) {
        depth++;
        i++;
      } else if (c == close) {
        i++;
        if (depth-- == 0) {
          return;
        }
      } else {
        i++;
      }
    }
  }

  private void skipString(char quote) {
    i++;
    while (i < source.length() && source.charAt(i) != quote) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    i++;
  }
}
