package org.lln.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test field of type {@link EmbeddedPostgresServer} that {@link PostgresTestResource} fills with
 * the running server, so a test can take the database away and bring it back. Left null when tests use
 * an external database.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectPostgres {}
