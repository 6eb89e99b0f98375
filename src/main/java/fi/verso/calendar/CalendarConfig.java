package fi.verso.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Finnish calendar and statutory deadlines as beans; the classes themselves stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class CalendarConfig {
  @Bean
  StatutoryDeadlines statutoryDeadlines() {
    return StatutoryDeadlines.finland();
  }
}
