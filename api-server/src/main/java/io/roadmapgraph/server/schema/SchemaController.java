package io.roadmapgraph.server.schema;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Publishes the GraphQL SDL for client code generators (graphql-codegen, Apollo, ...). */
@Controller("${graphql.path:/graphql}")
class SchemaController {

    private final SchemaFile schemaFile;

    SchemaController(SchemaFile schemaFile) {
        this.schemaFile = schemaFile;
    }

    @Get(uri = "/schema.graphqls", produces = MediaType.TEXT_PLAIN)
    HttpResponse<String> schema() {
        return HttpResponse.ok(schemaFile.sdl())
                .contentType(MediaType.TEXT_PLAIN_TYPE.getName() + ";charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"schema.graphqls\"");
    }
}
