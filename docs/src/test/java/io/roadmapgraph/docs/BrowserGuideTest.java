package io.roadmapgraph.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
}
