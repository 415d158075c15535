package io.roadmapgraph.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.roadmapgraph.graph.GraphModel;
import io.roadmapgraph.testkit.CypherPropertyKeys;
import org.junit.jupiter.api.Test;

class BrowserGuideTest {

    @Test
    void theCommittedGuideIsTheOneGeneratedFromTheRecipes() throws IOException {
        String generated = BrowserGuide.html(Recipe.all());
        if (Boolean.getBoolean("guide.write")) {
            Files.writeString(BrowserGuide.FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(BrowserGuide.FILE, StandardCharsets.UTF_8))
                .as("docs/browser/roadmap-guide.html is out of date: run"
                        + " mvn -pl docs test -Dtest=BrowserGuideTest -Dguide.write=true")
                .isEqualTo(generated);
    }

    @Test
    void theGuideHasOneSlidePerRecipeWithItsQueryAndParametersRunnable() {
        String guide = BrowserGuide.html(Recipe.all());

        assertThat(guide.split("<slide>", -1)).hasSize(Recipe.all().size() + 2);
        assertThat(Recipe.all()).allSatisfy(recipe -> {
            assertThat(guide).contains("<h3>" + BrowserGuide.escape(recipe.title()) + "</h3>")
                    .contains("<pre class=\"runnable\">" + BrowserGuide.escape(recipe.query()) + "</pre>");
            recipe.params().values().forEach(param ->
                    assertThat(guide).contains("<pre class=\"runnable\">" + BrowserGuide.escape(param) + "</pre>"));
        });
        assertThat(guide).contains(":param topic =&gt; 'rag'");
    }

    @Test
    void theRecipesNameOnlyLabelsRelationshipTypesAndPropertyKeysOfTheGraphModel() {
        Set<String> names = new TreeSet<>(GraphModel.LABELS);
        names.add(GraphModel.KEY_TOPIC);
        names.addAll(GraphModel.RELATIONSHIP_TYPES);
        assertThat(Recipe.all()).allSatisfy(recipe -> {
            assertThat(CypherPropertyKeys.unknownIn(recipe.query())).as(recipe.name()).isEmpty();
            assertThat(names).as(recipe.name()).containsAll(labelsAndTypesOf(recipe.query()));
        });
    }

    @Test
    void theStyleSheetStylesLabelsOfTheModelAndCaptionsWithItsPropertyKeys() {
        StyleSheet style = StyleSheet.read();
        style.rules().forEach((selector, rule) -> {
            if (selector.startsWith("node.")) {
                assertThat(Stream.of(GraphModel.LABELS.stream(), Stream.of(GraphModel.KEY_TOPIC),
                        GraphModel.LEARNER_LABELS.stream()).flatMap(labels -> labels))
                        .as(selector).contains(selector.substring("node.".length()));
            }
            Matcher caption = CAPTION_PROPERTY.matcher(rule.getOrDefault("caption", ""));
            while (caption.find()) {
                assertThat(GraphModel.PROPERTY_KEYS).as("caption of %s", selector).contains(caption.group(1));
            }
        });
    }

    /** {@code (x:Label:Other)} and {@code [:TYPE|OTHER*1..]}. */
    private static final Pattern LABELS = Pattern.compile("\\(\\w*((?::\\w+)+)");
    private static final Pattern TYPES = Pattern.compile("\\[\\w*:(\\w+(?:\\|\\w+)*)");
    private static final Pattern CAPTION_PROPERTY = Pattern.compile("\\{(\\w+)}");

    private static Set<String> labelsAndTypesOf(String query) {
        Set<String> found = new TreeSet<>();
        Matcher labels = LABELS.matcher(query);
        while (labels.find()) {
            found.addAll(Set.of(labels.group(1).substring(1).split(":")));
        }
        Matcher types = TYPES.matcher(query);
        while (types.find()) {
            found.addAll(Set.of(types.group(1).split("\\|")));
        }
        return found;
    }
}
