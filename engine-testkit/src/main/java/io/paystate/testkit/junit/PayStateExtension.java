package io.paystate.testkit.junit;

import io.paystate.engine.PaymentEngine;
import io.paystate.model.PaymentIntentId;
import io.paystate.testkit.ManualClock;
import io.paystate.testkit.RecordingEventSink;
import io.paystate.testkit.TestEngine;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

/** The extension behind {@link PayStateTest}. Stateless; each test's engine lives in its store. */
public final class PayStateExtension implements ParameterResolver, TestWatcher {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PayStateExtension.class);
    private static final Set<Class<?>> TYPES =
            Set.of(PaymentEngine.class, ManualClock.class, RecordingEventSink.class, TestEngine.class);

    /** Called by JUnit. */
    public PayStateExtension() {}

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return TYPES.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestEngine engine = engine(context);
        Class<?> type = parameter.getParameter().getType();
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
        if (engine == null) {
            return;
        }
        StringBuilder report = new StringBuilder("PayState history of ").append(context.getDisplayName()).append(":\n");
        for (PaymentIntentId id : engine.sink().intents()) {
            report.append(engine.sink().history(id));
        }
        System.err.print(report);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {}
}
