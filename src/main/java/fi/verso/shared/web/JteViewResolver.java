package fi.verso.shared.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders precompiled jte templates (compiled and type-checked by the build). A view name {@code
 * catalogue/list} is the template {@code src/main/jte/catalogue/list.jte}; "redirect:" is left to Spring.
 */
@Component
class JteViewResolver implements ViewResolver, Ordered {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  @Override
  public View resolveViewName(String viewName, Locale locale) {
    if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
      return null;
    }
    String template = viewName + ".jte";
    return new View() {
      @Override
      public String getContentType() {
        return "text/html;charset=UTF-8";
      }

      @Override
      public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
          throws Exception {
        Map<String, Object> params = new HashMap<>();
        // Only the template's declared parameters: Spring adds binding results and the like.
        for (Map.Entry<String, ?> e : model.entrySet()) {
          if (!e.getKey().startsWith("org.springframework")) {
            params.put(e.getKey(), e.getValue());
          }
        }
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, params, output);
        response.setContentType(getContentType());
        response.setContentLength(output.getContentLength());
        output.writeTo(response.getOutputStream());
      }
    };
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
