package fi.verso.support.browser;

import fi.verso.support.TestClock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real application on a random port (fresh embedded PostgreSQL, like {@code IntegrationTest}) driven
 * through Debian's Chromium. Put on {@link BrowserTestCase}, so a test class only extends that. The tag
 * keeps these tests out of surefire; failsafe runs {@code *BrowserTest} classes in {@code verify}.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@ExtendWith(SharedChromium.class)
public @interface BrowserTest {}
