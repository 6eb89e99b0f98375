package fi.verso.calendar;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application. Tests replace it with a fixed clock. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.system(HelsinkiTime.ZONE);
  }
}
