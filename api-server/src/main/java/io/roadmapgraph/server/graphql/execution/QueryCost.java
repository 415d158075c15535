package io.roadmapgraph.server.graphql.execution;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The size of a query, computed from its document before anything runs: {@code fields}, the fields it selects (a
 * fragment counts each time it is spread, {@code __typename} is free), and {@code estimate}, the values its answer
 * may hold, where a list field multiplies what it selects by the items it is assumed to hold: {@code first} when
 * the field has that argument, {@link CostSettings#getRoadmapListSize()} for a whole roadmap's, phase's or layer's
 * topics and a roadmap's tools and projects, else {@link CostSettings#getListSize()}. Each fragment is computed once
 * and its result reused, so the work is linear in the document's length even when spreads multiply it a million
 * times; sums saturate instead of overflowing.
 */
record QueryCost(long fields, long estimate) {

    private static final long SATURATED = Long.MAX_VALUE / 4;
    private static final Set<String> ROADMAP_LISTS = Set.of(
            "Roadmap.topics", "Roadmap.tools", "Roadmap.projects", "Phase.topics", "Layer.topics");

    static QueryCost of(GraphQLSchema schema, SelectionSet operation, GraphQLCompositeType root,
                        Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
                        CostSettings settings) {
        return new Calculator(schema, fragments, variables, settings).selections(operation, root);
    }

    private QueryCost plus(QueryCost other) {
        return new QueryCost(add(fields, other.fields), add(estimate, other.estimate));
    }

    private static long add(long a, long b) {
        return Math.min(SATURATED, a + b);
    }

    private static long times(long a, long b) {
        return b != 0 && a > SATURATED / b ? SATURATED : Math.min(SATURATED, a * b);
    }

    private static final class Calculator {
        private final GraphQLSchema schema;
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;
        private final CostSettings settings;
        private final Map<String, QueryCost> fragmentCosts = new HashMap<>();
        /** Inside a connection (a page): its {@code first}, the size of its {@code edges} and {@code nodes}. */
        private long page;

        Calculator(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
                   CostSettings settings) {
            this.schema = schema;
            this.fragments = fragments;
            this.variables = variables;
            this.settings = settings;
        }

        QueryCost selections(SelectionSet set, GraphQLCompositeType parent) {
            QueryCost total = new QueryCost(0, 0);
            if (set == null) {
                return total;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field && included(field.getDirectives())) {
                    total = total.plus(field(field, parent));
                } else if (selection instanceof InlineFragment inline && included(inline.getDirectives())) {
                    GraphQLCompositeType type = inline.getTypeCondition() == null ? parent
                            : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName());
                    total = total.plus(selections(inline.getSelectionSet(), type));
                } else if (selection instanceof FragmentSpread spread && included(spread.getDirectives())) {
                    total = total.plus(fragment(spread.getName()));
                }
            }
            return total;
        }

        private QueryCost fragment(String name) {
            String key = name + "@" + page; // a fragment on a page's type costs by the page's size
            QueryCost known = fragmentCosts.get(key);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            // validation has run: the fragment exists and spreads no cycle
            QueryCost cost = selections(definition.getSelectionSet(),
                    (GraphQLCompositeType) schema.getType(definition.getTypeCondition().getName()));
            fragmentCosts.put(key, cost);
            return cost;
        }

        private QueryCost field(Field field, GraphQLCompositeType parent) {
            if (field.getName().equals(Introspection.TypeNameMetaFieldDef.getName())) {
                return new QueryCost(0, 1);
            }
            GraphQLFieldDefinition definition = Introspection.getFieldDef(schema, parent, field.getName());
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
            long items = 1;
            while (GraphQLTypeUtil.isList(type)) {
                items = times(items, listSize(field, parent, definition));
                type = GraphQLTypeUtil.unwrapNonNull(((GraphQLList) type).getWrappedType());
            }
            long outer = page;
            if (type instanceof GraphQLCompositeType composite && isConnection(composite)) {
                page = first(field, definition).orElse((long) settings.getListSize());
            }
            QueryCost children = type instanceof GraphQLCompositeType composite
                    ? selections(field.getSelectionSet(), composite) : new QueryCost(0, 1);
            page = outer;
            return new QueryCost(add(1, children.fields), add(1, times(items, Math.max(1, children.estimate))));
        }

        private long listSize(Field field, GraphQLCompositeType parent, GraphQLFieldDefinition definition) {
            Optional<Long> first = first(field, definition);
            if (first.isPresent()) {
                return first.get();
            }
            if (isConnection(parent) && page > 0) {
                return page;
            }
            return ROADMAP_LISTS.contains(parent.getName() + "." + field.getName())
                    ? settings.getRoadmapListSize() : settings.getListSize();
        }

        /** A page of a list (Relay's connection type): its {@code edges} and {@code nodes} hold {@code first}. */
        private static boolean isConnection(GraphQLCompositeType type) {
            return type.getName().endsWith("Connection");
        }

        /** The field's {@code first} argument (given, or its default), at least 1. */
        private Optional<Long> first(Field field, GraphQLFieldDefinition definition) {
            GraphQLArgument first = definition.getArgument("first");
            if (first == null) {
                return Optional.empty();
            }
            Object value = argument(field.getArguments(), "first");
            if (value == null && first.hasSetDefaultValue()) {
                value = first.getArgumentDefaultValue().getValue();
            }
            if (value instanceof IntValue literal) {
                return Optional.of(Math.max(1, literal.getValue().longValue()));
            }
            if (value instanceof Number number) {
                return Optional.of(Math.max(1, number.longValue()));
            }
            return Optional.empty();
        }

        private boolean included(List<Directive> directives) {
            for (Directive directive : directives) {
                if (directive.getName().equals("skip") && Boolean.TRUE.equals(condition(directive))) {
                    return false;
                }
                if (directive.getName().equals("include") && Boolean.FALSE.equals(condition(directive))) {
                    return false;
                }
            }
            return true;
        }

        private Object condition(Directive directive) {
            Object value = argument(directive.getArguments(), "if");
            return value instanceof BooleanValue literal ? literal.isValue() : value;
        }

        /** An argument's literal, or its variable's value. */
        private Object argument(List<Argument> arguments, String name) {
            for (Argument argument : arguments) {
                if (argument.getName().equals(name)) {
                    Value<?> value = argument.getValue();
                    return value instanceof VariableReference variable ? variables.get(variable.getName()) : value;
                }
            }
            return null;
        }
    }
}
