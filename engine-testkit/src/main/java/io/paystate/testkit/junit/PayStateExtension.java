package io.paystate.testkit.junit;

import io.paystate.engine.PaymentEngine;
import io.paystate.model.PaymentIntentId;
import io.paystate.testkit.ManualClock;
import io.paystate.testkit.RecordingEventSink;
import io.paystate.testkit.TestEngine;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * The extension behind {@link PayStateTest}: one {@link TestEngine} per test method, kept in the
 * method's extension store, handed out as parameters and assigned to fields; on failure, the event
 * history of every intent the test touched is published as a report entry (key
 * {@value #HISTORY_KEY}) and printed to standard error.
 *
 * <p>Stateless and thread-safe; JUnit creates it.
 */
public final class PayStateExtension implements ParameterResolver, BeforeEachCallback, TestWatcher {
    /** The key of the report entry that carries the event history of a failed test. */
    public static final String HISTORY_KEY = "paystate.history";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PayStateExtension.class);
    private static final Set<Class<?>> TYPES =
            Set.of(PaymentEngine.class, ManualClock.class, RecordingEventSink.class, TestEngine.class);

    /** Called by JUnit. */
    public PayStateExtension() {}

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return TYPES.contains(parameter.getParameter().getType()) && context.getTestMethod().isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return part(engine(context), parameter.getParameter().getType());
    }

    /** Assigns the test's engine, clock, sink or test engine to non-static, non-final fields of those types that are null. */
    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            List<Field> fields = AnnotationSupport.findAnnotatedFields(instance.getClass(), PayStateTest.Inject.class,
                    f -> !Modifier.isStatic(f.getModifiers()), HierarchyTraversalMode.TOP_DOWN);
            for (Field field : fields) {
                if (!TYPES.contains(field.getType()) || Modifier.isFinal(field.getModifiers())) {
                    throw new IllegalStateException("@PayStateTest.Inject needs a non-final field of type PaymentEngine, "
                            + "ManualClock, RecordingEventSink or TestEngine: " + field);
                }
                field.setAccessible(true);
                field.set(instance, part(engine(context), field.getType()));
            }
        }
    }

    private static Object part(TestEngine engine, Class<?> type) {
        if (type == PaymentEngine.class) {
            return engine.engine();
        } else if (type == ManualClock.class) {
            return engine.clock();
        } else if (type == RecordingEventSink.class) {
            return engine.sink();
        }
        return engine;
    }

    private static TestEngine engine(ExtensionContext context) {
        long seed = AnnotationSupport.findAnnotation(context.getElement(), PayStateTest.class).map(PayStateTest::seed)
                .or(() -> context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, PayStateTest.class))
                        .map(PayStateTest::seed))
                .orElse(0L);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("engine", k -> TestEngine.create(seed), TestEngine.class);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        TestEngine engine = context.getStore(NAMESPACE).get("engine", TestEngine.class);
        if (engine == null || engine.sink().intents().isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder();
        for (PaymentIntentId id : engine.sink().intents()) {
            report.append(engine.sink().history(id));
        }
        context.publishReportEntry(HISTORY_KEY, report.toString());
        System.err.print("PayState history of " + context.getDisplayName() + ":\n" + report);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {}
}
