package io.roadmapgraph.docs;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes the Neo4j Browser guide ({@code docs/browser/roadmap-guide.html}, played with {@code :play}) from the Cypher
 * recipes: one slide per recipe, its {@code :param} lines and its query as runnable blocks. Generated, so the guide
 * cannot drift from the recipes; {@link BrowserGuideTest} fails when the committed file differs.
 */
final class BrowserGuide {

    static final Path FILE = Path.of("browser", "roadmap-guide.html");
    static final String TITLE = "Roadmap Graph: the AI Engineer roadmap";

    private BrowserGuide() {
    }

    static String html(List<Recipe> recipes) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n")
                .append("<!-- Generated from docs/cypher/*.cypher by the docs module's BrowserGuideTest: edit the recipes,\n")
                .append("     then run mvn -pl docs test -Dtest=BrowserGuideTest -Dguide.write=true -->\n")
                .append("<html>\n<head>\n<meta charset=\"utf-8\">\n<title>").append(TITLE).append("</title>\n</head>\n")
                .append("<body>\n<article class=\"guide\">\n")
                .append(slide("The roadmap as a graph", """
                        <p>Each of the next slides answers one question about the roadmap with a Cypher recipe.
                        Click a block to put it in the editor, then run it (Ctrl+Enter). Where a slide has a
                        <code>:param</code> block, run that first: change its value to ask about another topic.</p>
                        <p>Colours and captions come from the Roadmap Graph style sheet, applied when the Browser
                        connected. To apply it again (the address of the Roadmap Graph server, port 8080 by default):</p>
                        <pre class="runnable">:style http://localhost:8080/neo4j-browser/roadmap.grass</pre>
                        <p>Labels: Roadmap, Revision, Phase, Layer, Topic (KeyTopic larger), Tool, Project, RouteStage,
                        RouteStep, Principle, SuccessCriterion, Resource, Tip. See <code>docs/neo4j-browser.md</code>.</p>
                        <p>Every load writes a new revision of a roadmap and then switches the roadmap to it; the one
                        before stays until the next load. So each recipe starts from the roadmap's current revision
                        (<code>roadmap.revision</code>), and a topic two roadmaps share appears once per roadmap: each
                        recipe shows the view of the roadmap in <code>$roadmap</code> (see
                        <code>docs/graph-model.md</code>).</p>
                        """));
        for (Recipe recipe : recipes) {
            StringBuilder body = new StringBuilder("<p>").append(escape(recipe.description())).append("</p>\n");
            recipe.params().values().forEach(param ->
                    body.append("<pre class=\"runnable\">").append(escape(param)).append("</pre>\n"));
            body.append("<pre class=\"runnable\">").append(escape(recipe.query())).append("</pre>\n")
                    .append("<p><small>docs/cypher/").append(recipe.name()).append(".cypher</small></p>\n");
            html.append(slide(recipe.title(), body.toString()));
        }
        return html.append("</article>\n</body>\n</html>\n").toString();
    }

    private static String slide(String title, String body) {
        return "<slide>\n<h3>" + escape(title) + "</h3>\n" + body + "</slide>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
