package fi.verso.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the real application on a real (embedded) PostgreSQL 17, in a fresh data directory per
 * test run. Tests build their own data; they share the demo users only where the test is about them.
 * The clock is a {@link TestClock} that tests may set.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClock.Config.class)
public @interface IntegrationTest {}
