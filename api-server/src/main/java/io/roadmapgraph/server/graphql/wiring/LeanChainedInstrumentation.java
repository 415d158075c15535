package io.roadmapgraph.server.graphql.wiring;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * graphql-java's {@link ChainedInstrumentation}, without its cost for the callbacks that no instrumentation of the
 * chain implements. The chain builds a list of every member's context for each callback, also when every member
 * answers "nothing" (a {@link SimplePerformantInstrumentation} answers null); for the callbacks made per object and
 * per field (begin execution strategy, object, field, fetch, completion, list completion) that is several lists per
 * field of every request. Here such a callback answers graphql-java's no-op context at once when no member overrides
 * it; any callback a member implements goes through the chain as before, with the same states.
 */
final class LeanChainedInstrumentation extends ChainedInstrumentation {

    /** The classes whose callbacks do nothing: the interface's defaults and graphql-java's two base classes. */
    private static final Set<Class<?>> NO_OP_CLASSES = Set.of(Instrumentation.class,
            SimplePerformantInstrumentation.class, SimpleInstrumentation.class);

    private final boolean executionStrategy;
    private final boolean executeObject;
    private final boolean fieldExecution;
    private final boolean fieldFetch;
    private final boolean fieldCompletion;
    private final boolean fieldListCompletion;
    private final boolean deferredField;
    private final boolean subscribedFieldEvent;

    LeanChainedInstrumentation(List<Instrumentation> instrumentations) {
        super(instrumentations);
        this.executionStrategy = anyImplements(instrumentations, "beginExecutionStrategy",
                InstrumentationExecutionStrategyParameters.class);
        this.executeObject = anyImplements(instrumentations, "beginExecuteObject",
                InstrumentationExecutionStrategyParameters.class);
        this.fieldExecution = anyImplements(instrumentations, "beginFieldExecution",
                InstrumentationFieldParameters.class);
        // the interface's beginFieldFetching adapts beginFieldFetch: either one means a member listens to fetches
        this.fieldFetch = anyImplements(instrumentations, "beginFieldFetch", InstrumentationFieldFetchParameters.class)
                || anyImplements(instrumentations, "beginFieldFetching", InstrumentationFieldFetchParameters.class);
        this.fieldCompletion = anyImplements(instrumentations, "beginFieldCompletion",
                InstrumentationFieldCompleteParameters.class);
        this.fieldListCompletion = anyImplements(instrumentations, "beginFieldListCompletion",
                InstrumentationFieldCompleteParameters.class);
        this.deferredField = anyImplements(instrumentations, "beginDeferredField");
        this.subscribedFieldEvent = anyImplements(instrumentations, "beginSubscribedFieldEvent",
                InstrumentationFieldParameters.class);
    }

    /** Whether a member overrides the callback {@code name}(parameter, {@link InstrumentationState}). */
    static boolean anyImplements(List<Instrumentation> instrumentations, String name, Class<?>... parameters) {
        Class<?>[] types = Arrays.copyOf(parameters, parameters.length + 1);
        types[parameters.length] = InstrumentationState.class;
        for (Instrumentation instrumentation : instrumentations) {
            try {
                Method method = instrumentation.getClass().getMethod(name, types);
                if (!NO_OP_CLASSES.contains(method.getDeclaringClass())) {
                    return true;
                }
            } catch (NoSuchMethodException e) {
                return true; // not a callback graphql-java knows by this signature: keep the chain's behaviour
            }
        }
        return false;
    }

    @Override
    public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
            InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
        return executionStrategy ? super.beginExecutionStrategy(parameters, state)
                : ExecutionStrategyInstrumentationContext.NOOP;
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(
            InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
        return executeObject ? super.beginExecuteObject(parameters, state) : ExecuteObjectInstrumentationContext.NOOP;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
                                                              InstrumentationState state) {
        return fieldExecution ? super.beginFieldExecution(parameters, state) : SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
                                                          InstrumentationState state) {
        return fieldFetch ? super.beginFieldFetch(parameters, state) : SimpleInstrumentationContext.noOp();
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                                                                  InstrumentationState state) {
        return fieldFetch ? super.beginFieldFetching(parameters, state) : FieldFetchingInstrumentationContext.NOOP;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                                                               InstrumentationState state) {
        return fieldCompletion ? super.beginFieldCompletion(parameters, state) : SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
                                                                   InstrumentationState state) {
        return fieldListCompletion ? super.beginFieldListCompletion(parameters, state)
                : SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<Object> beginDeferredField(InstrumentationState state) {
        return deferredField ? super.beginDeferredField(state) : SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
                                                                             InstrumentationState state) {
        return subscribedFieldEvent ? super.beginSubscribedFieldEvent(parameters, state)
                : SimpleInstrumentationContext.noOp();
    }
}
