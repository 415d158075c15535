package io.roadmapgraph.docs;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/embedding.md's one dependency is graph-core's coordinates as its pom gives them (the parent's group, version). */
class DependencySnippetTest {

    @Test
    void theDocumentedDependencyIsGraphCoreAsItsPomNamesIt() throws Exception {
        List<MarkdownBlocks.Block> xml = MarkdownBlocks.of(MarkdownBlocks.DOCS.resolve("embedding.md")).stream()
                .filter(block -> block.language().equals("xml")).toList();
        assertThat(xml).hasSize(1);
        Element dependency = parse(xml.get(0).code().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        Element pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(MarkdownBlocks.DOCS.resolveSibling("graph-core").resolve("pom.xml").toFile())
                .getDocumentElement();
        Element parent = (Element) pom.getElementsByTagName("parent").item(0);

        assertThat(List.of(text(dependency, "groupId"), text(dependency, "artifactId"), text(dependency, "version")))
                .containsExactly(text(parent, "groupId"), direct(pom, "artifactId"), text(parent, "version"));
    }

    private static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Element element, String child) {
        return element.getElementsByTagName(child).item(0).getTextContent().strip();
    }

    /** The element's own child, not one of a nested element (the pom's artifactId, not its parent's). */
    private static String direct(Element element, String child) {
        for (var node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError("no " + child + " in " + element.getTagName());
    }
}
