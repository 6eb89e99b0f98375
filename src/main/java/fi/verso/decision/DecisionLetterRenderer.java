package fi.verso.decision;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders a decision letter: the precompiled jte template gives XHTML, openhtmltopdf lays it out as a PDF.
 *
 * <p>The PDF's standard fonts cannot be embedded and cover only Latin-1, so the letter embeds Liberation Sans
 * (metric-compatible with Arial, covers Finnish and Swedish letters and the š and ž of loan words), which PDFBox
 * itself ships: no font file of our own to keep. The document is tagged (PDF/UA) so that screen readers can read
 * the letter, which needs every font embedded. PDFBox ships only the regular face; it serves bold text too, and
 * the letter's headings stand out by size instead.
 */
@Component
class DecisionLetterRenderer {
  static final String FONT_FAMILY = "Liberation Sans";
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  String html(DecisionLetter letter) {
    StringOutput output = new StringOutput();
    engine.render("decision/letter.jte", Map.of("letter", letter), output);
    return output.toString();
  }

  byte[] pdf(DecisionLetter letter) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    for (int weight : new int[] {400, 700}) {
      builder.useFont(DecisionLetterRenderer::font, FONT_FAMILY, weight, FontStyle.NORMAL, true);
      builder.useFont(DecisionLetterRenderer::font, FONT_FAMILY, weight, FontStyle.ITALIC, true);
    }
    builder.withProducer("Verso");
    builder.withHtmlContent(html(letter), null);
    builder.toStream(bytes);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static InputStream font() {
    InputStream in = DecisionLetterRenderer.class.getResourceAsStream(FONT);
    if (in == null) {
      throw new IllegalStateException("PDFBox no longer ships " + FONT);
    }
    return in;
  }
}
