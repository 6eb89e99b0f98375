package fi.verso.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.support.JteText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word a person reads comes from the message bundles, so every page exists in fi, sv and en. */
class TemplatesHoldNoLiteralTextTest {
  private static final Path TEMPLATES = Path.of("src/main/jte");

  @Test
  void templatesHoldNoLiteralText() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path template : templates()) {
      JteText.literalText(Files.readString(template)).forEach(text -> found.add(template + ": " + text));
    }
    assertThat(found).as("literal text in templates; use ${ctx.t(\"key\")}").isEmpty();
  }

  @Test
  void labelsTitlesAndHintsInAttributesComeFromTheMessages() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path template : templates()) {
      JteText.literalAttributes(Files.readString(template)).forEach(attr -> found.add(template + ": " + attr));
    }
    assertThat(found).as("literal text in aria-label, title, alt, placeholder, aria-description").isEmpty();
  }

  /** The scan is only worth something if it finds text hidden among jte code. */
  @Test
  void theScanFindsLiteralTextAmongJteCode() {
    String template =
        """
        @import fi.verso.shared.web.PageContext
        @param PageContext ctx
        <%-- a comment with words --%>
        @template.layout.page(ctx = ctx, title = ctx.t("x.title"), content = @`
        <h1>${ctx.t("x.title")}</h1>
        @if(ctx.signedIn() && ctx.t("a").equals("b"))
          <p>Welcome back</p>
        @elseif(ctx.t("}").isEmpty())
          <p>${ctx.t("x", "{")} &ndash; ${ctx.signedIn() ? "yes" : "no"}</p>
        @else
          <a href="/x" title="${ctx.t("x.link")}" class="plain">${ctx.t("x.link")}</a>
        @endif
        @for(var l : java.util.List.of(1, 2))
          <img src="/a.png" alt="A picture"><input placeholder='Type here'>
          !{var shown = ctx.t("y");}$unsafe{shown}
        @endfor
        `)
        """;
    assertThat(JteText.literalText(template)).containsExactly("Welcome back");
    assertThat(JteText.literalAttributes(template))
        .containsExactly("alt=\"A picture\"", "placeholder='Type here'");
    assertThat(JteText.literalText("<p>Hyvää päivää</p>")).containsExactly("Hyvää päivää");
    assertThat(JteText.literalAttributes("<nav aria-label=\"Kieli ${x}\">")).hasSize(1);
    assertThat(JteText.literalAttributes("<nav aria-label=\"${ctx.t(\"layout.languageNav\")}\">")).isEmpty();
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      List<Path> found = files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
      assertThat(found).isNotEmpty();
      return found;
    }
  }
}
