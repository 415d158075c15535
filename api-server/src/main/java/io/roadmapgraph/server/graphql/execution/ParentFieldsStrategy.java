package io.roadmapgraph.server.graphql.execution;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.fetching.LambdaFetchingSupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * graphql-java's query strategy, with one shortcut: a value whose whole selection is answered from the value itself
 * (every field, at every depth below it, has a {@link LightDataFetcher}, i.e. reads its parent object: record
 * accessors and {@code Fetchers.fromSource}) is completed here in one pass, without graphql-java's per-field machinery
 * (execution parameters, step infos, instrumentation calls, result futures). A prerequisites answer of 650 topics is
 * ~2,600 such fields, and that machinery was most of its time (bench/benchmarks-notes.md, "Performance, third
 * round").
 *
 * <p>The shortcut answers exactly what graphql-java would, or does not answer at all: it takes only selections without
 * arguments or directives, fragments on the object's own type, and objects, lists, scalars and enums (not interfaces
 * or unions); every field still asks the request's {@link ExecutionBudget} ({@code admitFromParent}: counted as
 * {@link QueryLimits}' {@code admit}, the deadline read every 64 values; and {@code items} for a list). Anything else
 * it meets while completing (a null where the schema says non-null, a value a scalar does not serialise, a fetcher
 * that throws or answers a future, a spent budget) makes it give the value back to graphql-java, which completes it
 * the usual way (with its errors), and the budget gets back what the shortcut counted. Fields that read the graph
 * (DataLoaders, the root fields) always take the usual way.
 *
 * <p>When the request's context holds the transport's {@link EncodedNodes} ({@code GraphQLOverHttp}'s), the value is
 * not made into maps and lists that the answer's writer walks again: its JSON is written while it is completed, with
 * the transport's mapper's generator (its settings; not for a mapper that indents), and the value is answered as that
 * JSON ({@link EncodedNodes.Encoded}), which the writer copies; a topic or project of the snapshot whose selection is
 * flat (scalars, enums, {@code __typename}) is written as its JSON encoded once per snapshot and selection. Either way
 * the budget is asked for each field, and the written JSON is dropped where the walk gives the value back.
 */
public final class ParentFieldsStrategy extends AsyncExecutionStrategy {

    /** The request's plans, by the first AST field of a selection and the type it completes. */
    private static final String PLANS = ParentFieldsStrategy.class.getName() + ".plans";

    /**
     * The first buffer of a written value, at least and at most ({@link Seen#bufferFor}): a 10k unlocking-topics
     * answer is ~24 KB, a 1k plan's ~66 KB.
     */
    private static final int WRITTEN_FIRST_BYTES = 8 << 10;
    private static final int WRITTEN_MAX_FIRST_BYTES = 1 << 20;

    /** A value the shortcut does not answer. */
    private static final Object NOT_HERE = new Object();

    private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
        throw new NeedsEnvironment();
    };

    /**
     * The plans of each document, held as long as the document is (weakly): the {@link DocumentCache} answers the
     * same text with the same parsed document, so a query sent again is planned once, not on every request. A plan
     * depends on the document's fields and fragments and the schema only (a selection with arguments or directives is
     * not planned), never on a request's variables.
     */
    private final Map<Document, Map<PlanKey, Optional<Shape>>> byDocument =
            Collections.synchronizedMap(new WeakHashMap<>());

    public ParentFieldsStrategy(DataFetcherExceptionHandler exceptionHandler) {
        super(exceptionHandler);
    }

    /**
     * Completes a value of an object type (or a list of them) as {@link Completion} does where the selection is
     * planned, else as graphql-java does. Once the request's budget is spent ({@link ExecutionBudget#stopped}) a list
     * fetched before the stop answers empty instead of having each of its items completed, as a list field that
     * starts after the stop does ({@link QueryLimits}): nothing fans out. Lists fetched ahead and completed later
     * (graphql-java fetches an object's fields before it completes them) held 173,000 items when the nested-lists
     * query of {@code QueryCostIT} met its deadline; completed one by one, they took 2 s after a 2 s deadline.
     */
    @Override
    protected FieldValueInfo completeValue(ExecutionContext context, ExecutionStrategyParameters parameters) {
        GraphQLOutputType type = parameters.getExecutionStepInfo().getType();
        Object value = context.getValueUnboxer().unbox(parameters.getSource());
        if (value == null || !(unwrap(type) instanceof GraphQLObjectType)) {
            return super.completeValue(context, parameters);
        }
        ExecutionBudget budget = context.getGraphQLContext().get(RequestSetup.BUDGET);
        if (budget != null && budget.stopped().isPresent()) {
            return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type))
                    ? new FieldValueInfo(FieldValueInfo.CompleteValueType.LIST, List.of(), List.of())
                    : super.completeValue(context, parameters);
        }
        Optional<Shape> shape = plan(context, parameters.getField().getFields(), type);
        if (shape.isEmpty()) {
            return super.completeValue(context, parameters);
        }
        Completion completion = new Completion(context, budget);
        Object completed = completion.answer(shape.get(), value);
        if (completed == NOT_HERE) {
            completion.refund();
            return super.completeValue(context, parameters);
        }
        return new FieldValueInfo(FieldValueInfo.CompleteValueType.SCALAR, completed);
    }

    private static GraphQLType unwrap(GraphQLType type) {
        GraphQLType t = type;
        while (t instanceof GraphQLNonNull || t instanceof GraphQLList) {
            t = t instanceof GraphQLNonNull n ? n.getWrappedType() : ((GraphQLList) t).getWrappedType();
        }
        return t;
    }

    // ---- plans: what to complete, made once per selection and document ----------------------------------------------

    /** How to complete a value of one output type with one selection. */
    private sealed interface Shape permits NonNull, ListOf, Leaf, ObjectOf {
    }

    private record NonNull(Shape of) implements Shape {
    }

    private record ListOf(Shape item, Seen seen) implements Shape {
        ListOf(Shape item) {
            this(item, new Seen());
        }
    }

    /** A scalar or an enum. */
    private record Leaf(GraphQLType type, Seen seen) implements Shape {
        Leaf(GraphQLType type) {
            this(type, new Seen());
        }
    }

    /**
     * An object: its entries, and their keys in the same order (shared by every answer of this shape); with a
     * {@code selection} (a key equal for the same fields of the same type in any request) when every entry is a
     * scalar, an enum or {@code __typename}, so that its JSON may be encoded once per node ({@link EncodedNodes}).
     */
    private record ObjectOf(GraphQLObjectType type, Entry[] entries, FieldValues.Keys keys, Object selection,
                            int fields, Seen seen) implements Shape {
        ObjectOf(GraphQLObjectType type, Entry[] entries, FieldValues.Keys keys, Object selection) {
            this(type, entries, keys, selection,
                    (int) Arrays.stream(entries).filter(e -> !e.typename()).count(), new Seen());
        }
    }

    /** What decides the JSON of a flat object's answer besides its source: its type and entries. */
    private record FlatSelection(GraphQLObjectType type, List<List<Object>> entries) {
    }

    /** The {@link FlatSelection} of an object with these entries; null unless every entry is a leaf or the typename. */
    private static FlatSelection selection(GraphQLObjectType object, List<Entry> entries) {
        List<List<Object>> parts = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.typename()) {
                parts.add(List.of(entry.key()));
                continue;
            }
            Shape shape = entry.shape() instanceof NonNull nonNull ? nonNull.of() : entry.shape();
            if (!(shape instanceof Leaf leaf)) {
                return null;
            }
            // graphql-java makes a new PropertyDataFetcher per lookup for fields without one of their own
            Object fetcher = entry.fetcher() instanceof PropertyDataFetcher<?> property
                    && property.getClass() == PropertyDataFetcher.class && property.getPropertyName() != null
                    ? "property " + property.getPropertyName() : entry.fetcher();
            parts.add(List.of(entry.key(), entry.definition(), fetcher, entry.shape() instanceof NonNull,
                    leaf.type()));
        }
        return new FlatSelection(object, parts);
    }

    /** One key of an object's answer: {@code __typename}, or a field read from the object. */
    private record Entry(String key, boolean typename, GraphQLFieldDefinition definition,
                         LightDataFetcher<?> fetcher, boolean list, Shape shape, LastGetter last) {

        Entry(String key, boolean typename, GraphQLFieldDefinition definition, LightDataFetcher<?> fetcher,
              boolean list, Shape shape) {
            this(key, typename, definition, fetcher, list, shape, new LastGetter());
        }

        /** The value of this field of {@code source}. */
        Object fetch(Object source) throws Exception {
            // the getter found for the class of the last source (an answer's objects are mostly of one class)
            Getter known = last.getter;
            if (known != null && source != null && known.type() == source.getClass()) {
                return known.read().apply(source);
            }
            if (fetcher instanceof PropertyDataFetcher<?> property && property.getClass() == PropertyDataFetcher.class
                    && property.getPropertyName() != null && source != null && !(source instanceof Map)) {
                Optional<Function<Object, Object>> getter = GETTERS.get(source.getClass())
                        .computeIfAbsent(property.getPropertyName(), name -> getter(source.getClass(), name));
                if (getter.isPresent()) {
                    last.getter = new Getter(source.getClass(), getter.get());
                    return getter.get().apply(source);
                }
            }
            return fetcher.get(definition, source, NO_ENVIRONMENT);
        }
    }

    /** A property's getter for one class of sources. */
    private record Getter(Class<?> type, Function<Object, Object> read) {
    }

    /**
     * The getter an {@link Entry} used last: a plain field, read and written by the request threads without locks (a
     * {@link Getter}'s fields are final, so a thread sees either none or a whole one; a stale one only means the
     * lookup is made again). Saves the lookup by class and property for every field of a long list (16-22 % of a
     * 1k prerequisites request's samples went to {@code fetch}).
     */
    private static final class LastGetter {
        private Getter getter;
    }

    /**
     * The getters graphql-java's {@link PropertyDataFetcher} reads a class's properties with (its
     * {@code LambdaFetchingSupport}, which it tries first and keeps once found), by class and property, kept here
     * too: graphql-java finds its own again by a key it makes for every read, 4% of a long list's time.
     */
    private static final ClassValue<Map<String, Optional<Function<Object, Object>>>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Function<Object, Object>>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private static Optional<Function<Object, Object>> getter(Class<?> type, String property) {
        try {
            return LambdaFetchingSupport.createGetter(type, property);
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty(); // graphql-java's own fetcher reads it
        }
    }

    /** What the completion needs to know of a value's class, found once per class. */
    private enum Kind {
        /** A future or a {@link DataFetcherResult}: graphql-java's to complete. */
        NOT_HERE,
        /** A {@link Collection}. */
        COLLECTION,
        /** Anything else. */
        PLAIN;

        /**
         * By class: an {@code instanceof} of an interface the class does not implement scans its interfaces (the
         * value of every field was tested against {@code CompletionStage}: 5-8 % of a long answer's request CPU).
         */
        private static final ClassValue<Kind> OF = new ClassValue<>() {
            @Override
            protected Kind computeValue(Class<?> type) {
                if (CompletionStage.class.isAssignableFrom(type) || DataFetcherResult.class.isAssignableFrom(type)) {
                    return NOT_HERE;
                }
                return Collection.class.isAssignableFrom(type) ? COLLECTION : PLAIN;
            }
        };

        static Kind of(Object value) {
            return OF.get(value.getClass());
        }
    }

    /**
     * What one shape's values were like lately. The last two classes they had, so that most values are known to be
     * neither a future nor a {@link DataFetcherResult} (and, for a list, to be a {@link Collection}) by comparing
     * their class, without {@link Kind}'s lookup (~7 % of a 10k unlocking-topics answer's completion); and the bytes
     * of the last one written whole, so that the next one is written into one buffer of about its size, not into a
     * chain of growing ones copied together at the end (~17 % of a 1k plan's written completion). Plain fields, read
     * and written without locks: a stale value only means a lookup made again or a buffer of another size.
     */
    private static final class Seen {
        private Class<?> last;
        private Class<?> before;
        private int written;

        /** The first buffer for the next value of this shape written whole. */
        int bufferFor() {
            return Math.min(Math.max(WRITTEN_FIRST_BYTES, written + (written >> 3)), WRITTEN_MAX_FIRST_BYTES);
        }

        /** Whether the walk takes {@code value} (not null): not graphql-java's to complete; a collection for a list. */
        boolean takes(Object value, boolean list) {
            Class<?> type = value.getClass();
            if (type == last || type == before) {
                return true;
            }
            Kind kind = Kind.of(value);
            if (kind == Kind.NOT_HERE || (list && kind != Kind.COLLECTION)) {
                return false;
            }
            before = last;
            last = type;
            return true;
        }
    }

    private record PlanKey(Field first, GraphQLType type) {
    }

    @SuppressWarnings("unchecked")
    private Optional<Shape> plan(ExecutionContext context, List<Field> fields, GraphQLOutputType type) {
        Map<PlanKey, Optional<Shape>> plans = context.getGraphQLContext().computeIfAbsent(PLANS,
                k -> byDocument.computeIfAbsent(context.getDocument(), d -> new ConcurrentHashMap<>()));
        return plans.computeIfAbsent(new PlanKey(fields.get(0), type),
                k -> Optional.ofNullable(shape(context, fields, type)));
    }

    /** The shape of {@code type} selected by {@code fields}; null when the shortcut cannot take it. */
    private static Shape shape(ExecutionContext context, List<Field> fields, GraphQLType type) {
        if (type instanceof GraphQLNonNull nonNull) {
            Shape of = shape(context, fields, nonNull.getWrappedType());
            return of == null ? null : new NonNull(of);
        }
        if (type instanceof GraphQLList list) {
            Shape item = shape(context, fields, list.getWrappedType());
            return item == null ? null : new ListOf(item);
        }
        if (type instanceof GraphQLScalarType || type instanceof GraphQLEnumType) {
            return new Leaf(type);
        }
        if (!(type instanceof GraphQLObjectType object)) {
            return null; // interfaces and unions: their type is resolved per value
        }
        Map<String, List<Field>> selected = new LinkedHashMap<>();
        for (Field field : fields) {
            if (field.getSelectionSet() == null || !collect(context, object, field.getSelectionSet(), selected)) {
                return null;
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<Field>> e : selected.entrySet()) {
            Field first = e.getValue().get(0);
            if (first.getName().equals("__typename")) {
                entries.add(new Entry(e.getKey(), true, null, null, false, null));
                continue;
            }
            GraphQLFieldDefinition definition = object.getFieldDefinition(first.getName());
            if (definition == null || !definition.getArguments().isEmpty()) {
                return null;
            }
            DataFetcher<?> fetcher = context.getGraphQLSchema().getCodeRegistry().getDataFetcher(object, definition);
            if (!(fetcher instanceof LightDataFetcher<?> light)) {
                return null;
            }
            Shape shape = shape(context, e.getValue(), definition.getType());
            if (shape == null) {
                return null;
            }
            entries.add(new Entry(e.getKey(), false, definition, light,
                    unwrapNonNull(definition.getType()) instanceof GraphQLList, shape));
        }
        return new ObjectOf(object, entries.toArray(new Entry[0]),
                new FieldValues.Keys(entries.stream().map(Entry::key).toArray(String[]::new)),
                selection(object, entries));
    }

    private static GraphQLType unwrapNonNull(GraphQLType type) {
        return type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
    }

    /** Adds the fields of a selection on {@code object}, by response key; false for what the shortcut cannot take. */
    private static boolean collect(ExecutionContext context, GraphQLObjectType object, SelectionSet selections,
                                   Map<String, List<Field>> into) {
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                if (!field.getDirectives().isEmpty() || !field.getArguments().isEmpty()) {
                    return false;
                }
                into.computeIfAbsent(field.getResultKey(), k -> new ArrayList<>()).add(field);
            } else if (selection instanceof InlineFragment inline) {
                if (!inline.getDirectives().isEmpty() || (inline.getTypeCondition() != null
                        && !inline.getTypeCondition().getName().equals(object.getName()))
                        || !collect(context, object, inline.getSelectionSet(), into)) {
                    return false;
                }
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = context.getFragment(spread.getName());
                if (fragment == null || !spread.getDirectives().isEmpty() || !fragment.getDirectives().isEmpty()
                        || !fragment.getTypeCondition().getName().equals(object.getName())
                        || !collect(context, object, fragment.getSelectionSet(), into)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    // ---- completing a value along its plan ----------------------------------------------------------------------

    /** One completion: the request's budget and what this completion counted in it. */
    private static final class Completion {
        private final ExecutionContext context;
        private final ExecutionBudget budget;
        private final EncodedNodes nodes;
        private long counted;
        private Object lastSelection;
        private EncodedNodes.Table lastTable;

        Completion(ExecutionContext context, ExecutionBudget budget) {
            this.context = context;
            this.budget = budget;
            this.nodes = context.getGraphQLContext().get(EncodedNodes.KEY);
        }

        /** The encoded objects of {@code selection} (null: none), looked up once per run of the same selection. */
        private EncodedNodes.Table table(Object selection) {
            if (selection != lastSelection) {
                lastTable = nodes.table(selection);
                lastSelection = selection;
            }
            return lastTable;
        }

        /** Gives the budget back what this completion counted, unless it stopped the query. */
        void refund() {
            if (budget != null) {
                budget.refund(counted);
            }
        }

        /** The completed value, or {@link #NOT_HERE}. */
        Object complete(Shape shape, Object value) {
            if (shape instanceof NonNull nonNull) {
                return value == null ? NOT_HERE : complete(nonNull.of(), value);
            }
            if (value == null) {
                return null;
            }
            if (!seen(shape).takes(value, shape instanceof ListOf)) {
                return NOT_HERE;
            }
            if (shape instanceof ListOf list) {
                Collection<?> items = (Collection<?>) value;
                if (items.isEmpty()) {
                    return List.of(); // most lists of a long answer's items are empty (unlocking topics' projects)
                }
                List<Object> completed = new ArrayList<>(items.size());
                for (Object item : items) {
                    Object one = complete(list.item(), context.getValueUnboxer().unbox(item));
                    if (one == NOT_HERE) {
                        return NOT_HERE;
                    }
                    completed.add(one);
                }
                return completed;
            }
            if (shape instanceof Leaf leaf) {
                return leaf(leaf, value);
            }
            return object((ObjectOf) shape, value);
        }

        private Object leaf(Leaf leaf, Object value) {
            try {
                Object serialized = leaf.type() instanceof GraphQLScalarType scalar
                        ? scalar.getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale())
                        : ((GraphQLEnumType) leaf.type()).serialize(value, context.getGraphQLContext(),
                        context.getLocale());
                return serialized == null || (serialized instanceof Double d && d.isNaN()) ? NOT_HERE : serialized;
            } catch (RuntimeException e) {
                return NOT_HERE; // graphql-java reports it as a field error
            }
        }

        private Object object(ObjectOf object, Object source) {
            EncodedNodes.Table table;
            if (nodes == null || object.selection() == null || !EncodedNodes.isNode(source)
                    || (table = table(object.selection())) == null) {
                return fields(object, source);
            }
            EncodedNodes.Encoded json = table.find(source);
            if (json != null) {
                return admitted(object) ? json : NOT_HERE;
            }
            Object completed = fields(object, source);
            return completed == NOT_HERE ? NOT_HERE : table.keep(source, (FieldValues) completed);
        }

        /**
         * Asks the budget for the fields of an object (the fields it reads from its source, not {@code __typename}):
         * at once when every one of them would be admitted ({@link ExecutionBudget#admitAllFromParent}), else one by
         * one; either way counted here too.
         */
        private boolean admitted(ObjectOf object) {
            if (budget == null) {
                return true;
            }
            if (budget.admitAllFromParent(object.fields())) {
                counted += object.fields();
                return true;
            }
            for (int i = 0; i < object.fields(); i++) {
                if (!budget.admitFromParent()) {
                    return false;
                }
                counted++;
            }
            return true;
        }

        private Object fields(ObjectOf object, Object source) {
            if (!admitted(object)) {
                return NOT_HERE;
            }
            Entry[] entries = object.entries();
            Object[] answer = new Object[entries.length];
            for (int i = 0; i < entries.length; i++) {
                Entry entry = entries[i];
                if (entry.typename()) {
                    answer[i] = object.type().getName();
                    continue;
                }
                Object value = fetched(entry, source);
                Object completed = value == NOT_HERE ? NOT_HERE : complete(entry.shape(), value);
                if (completed == NOT_HERE) {
                    return NOT_HERE;
                }
                answer[i] = completed;
            }
            return new FieldValues(object.keys(), answer);
        }

        /**
         * The value of {@code entry} read from {@code source} (its object {@link #admitted}) and, for a list, its
         * items counted; {@link #NOT_HERE} when the budget is spent or the fetcher throws or needs the environment.
         */
        private Object fetched(Entry entry, Object source) {
            Object value;
            try {
                value = context.getValueUnboxer().unbox(entry.fetch(source));
            } catch (Exception e) {
                return NOT_HERE; // thrown by the fetcher, or it needs the environment: graphql-java's way
            }
            if (entry.list() && budget != null && value != null && Kind.of(value) == Kind.COLLECTION) {
                Collection<?> items = (Collection<?>) value;
                if (!items.isEmpty()) {
                    if (budget.items(value) != value) {
                        return NOT_HERE;
                    }
                    counted += items.size();
                }
            }
            return value;
        }

        // ---- the same walk, writing the answer's JSON as it goes (the transport's answers) ----------------------

        /**
         * The completed value, or {@link #NOT_HERE}: for the transport's answers ({@link EncodedNodes} in the
         * context) the value's JSON written while it is completed, as one {@link EncodedNodes.Encoded} the answer's
         * writer copies; for an embedder's, maps and lists ({@link #complete}). The written walk asks the budget the
         * same questions in the same order and gives up where {@link #complete} does.
         */
        Object answer(Shape shape, Object value) {
            if (nodes == null) {
                return complete(shape, value);
            }
            Seen lately = seen(shape instanceof NonNull nonNull ? nonNull.of() : shape);
            ByteArrayBuilder bytes = new ByteArrayBuilder(lately.bufferFor());
            try (JsonGenerator generator = nodes.generator(bytes).orElse(null)) {
                if (generator == null) {
                    return complete(shape, value);
                }
                if (!write(shape, value, generator)) {
                    return NOT_HERE;
                }
            } catch (IOException e) {
                return NOT_HERE; // graphql-java completes it, and the answer's writer reports what cannot be written
            }
            lately.written = bytes.size();
            return new EncodedNodes.Encoded(null, bytes.toByteArray());
        }

        /** Writes the completed value onto {@code out}; false where {@link #complete} answers {@link #NOT_HERE}. */
        private boolean write(Shape shape, Object value, JsonGenerator out) throws IOException {
            if (shape instanceof NonNull nonNull) {
                return value != null && write(nonNull.of(), value, out);
            }
            if (value == null) {
                out.writeNull();
                return true;
            }
            if (!seen(shape).takes(value, shape instanceof ListOf)) {
                return false;
            }
            if (shape instanceof ListOf list) {
                Collection<?> items = (Collection<?>) value;
                out.writeStartArray(items, items.size());
                for (Object item : items) {
                    if (!write(list.item(), context.getValueUnboxer().unbox(item), out)) {
                        return false;
                    }
                }
                out.writeEndArray();
                return true;
            }
            if (shape instanceof Leaf leaf) {
                Object serialized = leaf(leaf, value);
                if (serialized == NOT_HERE) {
                    return false;
                }
                if (!FieldValues.Writer.written(serialized, out)) {
                    nodes.writeByMapper(out, serialized);
                }
                return true;
            }
            return writeObject((ObjectOf) shape, value, out);
        }

        private boolean writeObject(ObjectOf object, Object source, JsonGenerator out) throws IOException {
            EncodedNodes.Table table;
            if (object.selection() == null || !EncodedNodes.isNode(source)
                    || (table = table(object.selection())) == null) {
                return writeFields(object, source, out);
            }
            Object json = table.find(source);
            if (json != null) {
                if (!admitted(object)) {
                    return false;
                }
            } else {
                Object completed = fields(object, source);
                if (completed == NOT_HERE) {
                    return false;
                }
                json = table.keep(source, (FieldValues) completed);
            }
            if (!FieldValues.Writer.written(json, out)) {
                nodes.writeByMapper(out, json); // the completion's map, when it could not be encoded
            }
            return true;
        }

        private boolean writeFields(ObjectOf object, Object source, JsonGenerator out) throws IOException {
            if (!admitted(object)) {
                return false;
            }
            Entry[] entries = object.entries();
            SerializedString[] names = object.keys().encoded();
            out.writeStartObject(source, entries.length);
            for (int i = 0; i < entries.length; i++) {
                Entry entry = entries[i];
                out.writeFieldName(names[i]);
                if (entry.typename()) {
                    out.writeString(object.type().getName());
                    continue;
                }
                Object value = fetched(entry, source);
                if (value == NOT_HERE || !write(entry.shape(), value, out)) {
                    return false;
                }
            }
            out.writeEndObject();
            return true;
        }
    }

    /** The classes {@code shape} (not {@link NonNull}) took last. */
    private static Seen seen(Shape shape) {
        if (shape instanceof ListOf list) {
            return list.seen();
        }
        return shape instanceof Leaf leaf ? leaf.seen() : ((ObjectOf) shape).seen();
    }

    /** A light fetcher that asked for the environment after all. */
    private static final class NeedsEnvironment extends RuntimeException {
        NeedsEnvironment() {
            super("needs the environment", null, false, false);
        }
    }
}
