package io.roadmapgraph.server.graphql.wiring;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.InputValueWithState;

import java.util.List;
import java.util.Map;

/**
 * Arguments and input fields with a default in the schema ({@code first: Int = 100}, {@code note: String = ""}):
 * GraphQL applies the default only when the client leaves the value out and passes an explicit {@code null} on as
 * null; here an explicit null means the default too, so a fetcher never sees null where the schema declares one.
 */
public final class Defaults {

    private Defaults() {
    }

    /** The field's argument as given, or its default in the schema when it is null. */
    public static <T> T argument(DataFetchingEnvironment env, String name) {
        T given = env.getArgument(name);
        return given != null ? given
                : value(env.getFieldDefinition().getArgument(name).getArgumentDefaultValue(), name);
    }

    /** The input object's field as given, or its default in the schema when it is null. */
    @SuppressWarnings("unchecked")
    public static <T> T field(GraphQLInputObjectType type, Map<String, Object> input, String name) {
        Object given = input.get(name);
        return given != null ? (T) given : value(type.getField(name).getInputFieldDefaultValue(), name);
    }

    /** The input object type of a list-of-inputs argument ({@code records: [ProgressInput!]!}). */
    public static GraphQLInputObjectType inputType(DataFetchingEnvironment env, String argument) {
        return (GraphQLInputObjectType) GraphQLTypeUtil.unwrapAll(
                env.getFieldDefinition().getArgument(argument).getType());
    }

    @SuppressWarnings("unchecked")
    private static <T> T value(InputValueWithState fallback, String name) {
        Object value = fallback.getValue();
        if (value instanceof Value<?> literal) {
            value = literal(literal);
        }
        if (value == null) {
            throw new IllegalStateException("'" + name + "' has no default in the schema");
        }
        return (T) value;
    }

    /** The Java value of a default as the schema's text writes it. */
    private static Object literal(Value<?> literal) {
        if (literal instanceof IntValue number) {
            return number.getValue().intValueExact();
        }
        if (literal instanceof StringValue text) {
            return text.getValue();
        }
        if (literal instanceof BooleanValue flag) {
            return flag.isValue();
        }
        if (literal instanceof EnumValue constant) {
            return constant.getName();
        }
        if (literal instanceof ArrayValue list && list.getValues().isEmpty()) {
            return List.of();
        }
        throw new IllegalStateException("a default the fetchers do not read: " + literal);
    }
}
