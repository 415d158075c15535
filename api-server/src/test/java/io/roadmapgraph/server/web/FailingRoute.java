package io.roadmapgraph.server.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * A route that fails the way an unforeseen bug would (an exception whose message names internals), for
 * {@link InternalErrorsIT}; only in servers started with the property {@value #PROPERTY}.
 */
@Controller("/test-only/failing")
@Requires(property = FailingRoute.PROPERTY, value = "true")
class FailingRoute {

    static final String PROPERTY = "roadmap.test.failing-route";
    static final String SECRET = "password=hunter2 at /srv/roadmap/data/neo4j";

    @Get
    String fail() {
        throw new IllegalStateException("internal detail: " + SECRET);
    }
}
