package io.roadmapgraph.server.graphql.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON of a request strictly: one value and nothing after it, no key twice in an object, nesting and number
 * length within {@link RequestBodySettings}. Whatever is wrong becomes a {@link BadJson} whose message says what and
 * where, in words a client can act on (never a parser's class or stack).
 */
final class JsonBody {

    private final ObjectMapper mapper;
    private final RequestBodySettings settings;

    JsonBody(RequestBodySettings settings) {
        this.settings = settings;
        JsonMapper strict = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(settings.getMaxNestingDepth())
                .maxNumberLength(settings.getMaxNumberLength())
                .build());
        this.mapper = strict;
    }

    /** The JSON value of {@code text}, named {@code what} in messages ("the request body", "the 'variables' ..."). */
    JsonNode read(String text, String what) {
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode value = mapper.readTree(parser);
            JsonLocation end = parser.currentLocation();
            try {
                if (parser.nextToken() != null) {
                    throw trailing(what, end);
                }
            } catch (JsonProcessingException e) {
                throw trailing(what, end); // "{...} DETACH": not even a token, still something after the value
            }
            return value;
        } catch (StreamConstraintsException e) {
            String message = e.getOriginalMessage().toLowerCase(Locale.ROOT);
            if (message.contains("nesting")) {
                throw new BadJson(what + " nests JSON objects and arrays more than " + settings.getMaxNestingDepth()
                        + " levels deep (roadmap.request-body.max-nesting-depth)" + at(e));
            }
            if (message.contains("number")) {
                throw new BadJson(what + " holds a number longer than " + settings.getMaxNumberLength()
                        + " characters (roadmap.request-body.max-number-length)" + at(e));
            }
            throw new BadJson(what + " is too large to read" + at(e));
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message.startsWith("Duplicate field ")) {
                throw new BadJson(what + " has the key " + message.substring("Duplicate field ".length())
                        + " twice in one object" + at(e) + "; send each key once");
            }
            throw new BadJson(what + " is not valid JSON" + at(e.getLocation()));
        } catch (IOException e) {
            throw new BadJson(what + " cannot be read");
        }
    }

    /**
     * A JSON object read by {@link #read} as plain Java values, as the mapper's {@code convertValue(node, Map.class)}
     * gives them (objects as {@link LinkedHashMap}s in their order, arrays as lists, numbers as the parser read them:
     * {@code Integer}, {@code Long}, {@code BigInteger}, {@code Double}; JSON null as null), without writing the tree
     * out to a token buffer and binding it back.
     */
    static Map<String, Object> plainObject(JsonNode object) {
        if (!object.isObject()) {
            throw new IllegalArgumentException("not a JSON object: " + object.getNodeType());
        }
        Map<String, Object> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> map.put(field.getKey(), plain(field.getValue())));
        return map;
    }

    private static Object plain(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> plainObject(node);
            case ARRAY -> {
                List<Object> list = new ArrayList<>(node.size());
                node.forEach(item -> list.add(plain(item)));
                yield list;
            }
            case STRING -> node.textValue();
            case NUMBER -> node.numberValue();
            case BOOLEAN -> node.booleanValue();
            case NULL -> null;
            default -> throw new IllegalArgumentException("not a value a request's JSON holds: " + node.getNodeType());
        };
    }

    private static BadJson trailing(String what, JsonLocation end) {
        return new BadJson(what + " goes on after its JSON value, which ends" + at(end)
                + "; send exactly one JSON value");
    }

    private static String at(JsonProcessingException e) {
        return at(e.getLocation());
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** JSON a client sent that cannot be taken: a 400 with this message. */
    static final class BadJson extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadJson(String message) {
            super(message);
        }
    }
}
