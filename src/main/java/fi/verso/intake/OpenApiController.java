package fi.verso.intake;

import fi.verso.shared.security.Action;
import fi.verso.shared.security.RequiresAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the hand-written OpenAPI 3.1 description of the JSON API ({@code classpath:api/openapi.yaml}) to
 * integrators, without signing in. Written by hand rather than generated so it says what the law requires
 * of each field; {@code OpenApiDescriptionTest} checks that it lists every field the API accepts.
 */
@RestController
class OpenApiController {
  static final String LOCATION = "api/openapi.yaml";
  private static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

  private final byte[] description;

  OpenApiController() {
    try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
      description = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/api/openapi.yaml")
  @RequiresAction(Action.PUBLIC_PAGE_VIEW)
  ResponseEntity<byte[]> openApi() {
    return ResponseEntity.ok()
        .contentType(YAML)
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .body(description);
  }
}
