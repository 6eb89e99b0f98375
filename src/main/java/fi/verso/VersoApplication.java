package fi.verso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Verso: case management and e-services for child and family social services. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VersoApplication {
  public static void main(String[] args) {
    SpringApplication.run(VersoApplication.class, args);
  }
}
