package org.lln.events;

import io.quarkus.test.junit.QuarkusTest;
import org.lln.testsupport.WriteEndpointsRequireRoles;

/**
 * Every write endpoint of events-service, as its OpenAPI document lists them, honours the bearer-token
 * roles and the partner claim; what a partner's own token may write is {@link OwnershipTest}.
 */
@QuarkusTest
class AuthorizationTest extends WriteEndpointsRequireRoles {}
