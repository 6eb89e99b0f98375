package fi.verso.shared.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Active when no external datasource is configured: Verso then runs its own embedded PostgreSQL, and
 * only then are demo users and demo data created (they must never reach a real county's database).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public @interface ConditionalOnEmbeddedDatabase {}
