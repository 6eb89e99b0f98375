package fi.verso.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the real application on a real (embedded) PostgreSQL 17, in a fresh data directory per
 * test run. Tests build their own data; they share the demo users only where the test is about them.
 * The clock is a {@link TestClock} that tests may set. MockMvc is always there, so that tests which use it
 * and tests which do not share one application context (and one database start-up).
 *
 * <p>{@code webEnvironment = RANDOM_PORT} runs a real Tomcat: needed where the servlet container itself
 * is under test (error pages, session cookies), which MockMvc does not emulate.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
public @interface IntegrationTest {
  @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
  SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
