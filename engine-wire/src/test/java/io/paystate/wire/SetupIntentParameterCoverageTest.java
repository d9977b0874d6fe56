package io.paystate.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.annotations.SerializedName;
import com.stripe.param.SetupIntentCancelParams;
import com.stripe.param.SetupIntentConfirmParams;
import com.stripe.param.SetupIntentCreateParams;
import com.stripe.param.SetupIntentListParams;
import com.stripe.param.SetupIntentUpdateParams;
import com.stripe.param.SetupIntentVerifyMicrodepositsParams;
import io.paystate.engine.Operation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every top-level parameter of stripe-java's SetupIntent params classes (the client of API
 * {@value StripeJson#API_VERSION}) is in the wire layer's table for its operation: applied,
 * accepted or refused with a reason, never a {@code parameter_unknown}.
 */
final class SetupIntentParameterCoverageTest {

    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of(Operation.CREATE_SETUP_INTENT, SetupIntentCreateParams.class),
                Arguments.of(Operation.UPDATE_SETUP_INTENT, SetupIntentUpdateParams.class),
                Arguments.of(Operation.CONFIRM_SETUP_INTENT, SetupIntentConfirmParams.class),
                Arguments.of(Operation.CANCEL_SETUP_INTENT, SetupIntentCancelParams.class),
                Arguments.of(Operation.LIST_SETUP_INTENTS, SetupIntentListParams.class),
                Arguments.of(Operation.VERIFY_SETUP_INTENT_MICRODEPOSITS, SetupIntentVerifyMicrodepositsParams.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void table_everyStripeJavaParameter_isKnown(Operation operation, Class<?> params) {
        List<String> names = new ArrayList<>();
        for (Field f : params.getDeclaredFields()) {
            SerializedName s = f.getAnnotation(SerializedName.class);
            if (s != null && !s.value().startsWith("_")) {
                names.add(s.value());
            }
        }
        assertThat(names).as("stripe-java's parameters of %s", params.getSimpleName()).isNotEmpty();
        Shape.Obj table = ParameterTable.of(operation);
        assertThat(names).allSatisfy(name -> assertThat(table.field(name)).as("%s in the table of %s", name,
                operation).isNotNull());
    }
}
