package io.roadmapgraph.markdown;

import java.util.ArrayList;
import java.util.List;

/** A product name with the words the document says about it. */
record ProductName(String name, String description, String url) {
    static ProductName of(String text) {
        String name = text;
        String description = "";
        for (String cut : List.of(" - ", " – ", " — ", ": ", " voor ", " for ")) {
            int at = name.indexOf(cut);
            if (at > 0) {
                description = name.substring(at + cut.length()).strip();
                name = name.substring(0, at).strip();
                break;
            }
        }
        if (description.isEmpty() && name.endsWith(")")) {
            int open = name.lastIndexOf('(');
            if (open > 0 && !name.substring(open + 1, name.length() - 1).contains(",")) {
                description = name.substring(open + 1, name.length() - 1).strip();
                name = name.substring(0, open).strip();
            }
        }
        return new ProductName(name, description, null);
    }

    /** "LangChain / LlamaIndex (orchestration)" gives two; "Cloud platforms (AWS, GCP, Azure)" gives three. */
    static List<ProductName> split(String text) {
        String body = text;
        if (body.endsWith(")")) {
            int open = body.lastIndexOf('(');
            String inner = open > 0 ? body.substring(open + 1, body.length() - 1) : "";
            if (inner.contains(",")) {
                String description = body.substring(0, open).strip();
                List<ProductName> names = new ArrayList<>();
                for (String part : inner.split(",")) {
                    if (!part.isBlank()) {
                        names.add(new ProductName(part.strip(), description, null));
                    }
                }
                return names;
            }
        }
        if (body.contains(" / ")) {
            ProductName whole = of(body);
            List<ProductName> names = new ArrayList<>();
            for (String part : whole.name().split(" / ")) {
                names.add(new ProductName(part.strip(), whole.description(), null));
            }
            return names;
        }
        return List.of(of(body));
    }
}
