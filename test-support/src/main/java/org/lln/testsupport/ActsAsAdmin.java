package org.lln.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares who a Quarkus test class acts as: each RestAssured request it sends without an
 * {@code Authorization} header of its own carries a token with role {@code admin} (the network's
 * secretariat, which may write everything), so tests of behaviour need not repeat authentication.
 * Without it, requests go out anonymous unless the test sets a header. Read by {@link AuthorizedRestAssured}.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ActsAsAdmin {}
