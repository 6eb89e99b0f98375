package fi.verso.shared.web;

import fi.verso.shared.security.ActionInterceptor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {
  private final HandlerInterceptor languageSwitch;
  private final ActionInterceptor actions;

  WebConfig(@Qualifier("languageSwitch") HandlerInterceptor languageSwitch, ActionInterceptor actions) {
    this.languageSwitch = languageSwitch;
    this.actions = actions;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(languageSwitch);
    registry.addInterceptor(actions);
  }
}
