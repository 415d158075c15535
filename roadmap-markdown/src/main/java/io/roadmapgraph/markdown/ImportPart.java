package io.roadmapgraph.markdown;

import io.roadmapgraph.markdown.Model.CriterionB;
import io.roadmapgraph.markdown.Model.LayerB;
import io.roadmapgraph.markdown.Model.PhaseB;
import io.roadmapgraph.markdown.Model.PrincipleB;
import io.roadmapgraph.markdown.Model.ProjectB;
import io.roadmapgraph.markdown.Model.ResourceB;
import io.roadmapgraph.markdown.Model.StageB;
import io.roadmapgraph.markdown.Model.ToolB;
import io.roadmapgraph.markdown.Model.TopicB;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

import java.util.List;
import java.util.Map;

/**
 * A reader of one kind of a document's parts (phases, topics, tools ...). Readers share their {@link DocumentImport}:
 * the parts collected so far, the lines used and the ids chosen; the fields here are that import's collections, and
 * the bookkeeping is the import's.
 */
abstract class ImportPart {

    final DocumentImport doc;
    final MappingProfile profile;
    final Map<Integer, String> uses;
    final List<PhaseB> phases;
    final List<LayerB> layers;
    final List<TopicB> topics;
    final Map<String, ToolB> tools;
    final List<ProjectB> projects;
    final List<StageB> route;
    final List<PrincipleB> principles;
    final List<CriterionB> criteria;
    final List<ResourceB> resources;
    final List<String> tips;
    final List<Integer> tipLines;
    final List<Runnable> afterTopics;

    ImportPart(DocumentImport doc) {
        this.doc = doc;
        this.profile = doc.profile;
        this.uses = doc.uses;
        this.phases = doc.phases;
        this.layers = doc.layers;
        this.topics = doc.topics;
        this.tools = doc.tools;
        this.projects = doc.projects;
        this.route = doc.route;
        this.principles = doc.principles;
        this.criteria = doc.criteria;
        this.resources = doc.resources;
        this.tips = doc.tips;
        this.tipLines = doc.tipLines;
        this.afterTopics = doc.afterTopics;
    }

    final void use(int line, String what) {
        doc.use(line, what);
    }

    final void useAll(Node node, String what) {
        doc.useAll(node, what);
    }

    final String id(String kind, String title, int line) {
        return doc.id(kind, title, line);
    }

    final void infer(String item, String field, String rule, int line) {
        doc.infer(item, field, rule, line);
    }

    final void notice(int line, String text) {
        doc.notice(line, text);
    }

    final String words(String nl, String en) {
        return doc.words(nl, en);
    }

    final void listTexts(ListBlock list, int depth, DocumentImport.LineText sink) {
        doc.listTexts(list, depth, sink);
    }
}
