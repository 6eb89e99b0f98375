package fi.verso.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link PageContext} into the model of every page as {@code ctx}. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageContextAdvice {
  private final PageContextFactory factory;

  PageContextAdvice(PageContextFactory factory) {
    this.factory = factory;
  }

  @ModelAttribute("ctx")
  PageContext ctx(HttpServletRequest request) {
    return factory.create(request);
  }
}
