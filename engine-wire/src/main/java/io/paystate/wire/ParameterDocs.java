package io.paystate.wire;

import io.paystate.engine.Operation;
import io.paystate.wire.Shape.Field;
import java.util.ArrayList;
import java.util.List;

/** Renders {@link ParameterTable} as the parameter tables of docs/endpoints.md. */
final class ParameterDocs {
    private ParameterDocs() {}

    static String markdown() {
        StringBuilder b = new StringBuilder();
        for (Operation op : ParameterTable.DOCUMENTED) {
            b.append("### ").append(op.wireName()).append("\n\n");
            b.append("| parameter | type | effect | notes |\n|---|---|---|---|\n");
            for (Field f : ParameterTable.of(op).fields()) {
                row(b, f.name(), f);
                if (ParameterTable.EXPANDED_IN_DOCS.contains(f.name()) && f.shape() instanceof Shape.Obj inner) {
                    nested(b, f.name(), inner);
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static void nested(StringBuilder b, String prefix, Shape.Obj shape) {
        List<String> refusedTypes = new ArrayList<>();
        for (Field f : shape.fields()) {
            boolean paymentMethodType = PaymentMethodParameters.STRIPE_TYPES.contains(f.name());
            if (f.effect() == Shape.Effect.REFUSED && paymentMethodType) {
                refusedTypes.add(f.name());
                continue;
            }
            String name = prefix + "[" + f.name() + "]";
            row(b, name, f);
            if (f.shape() instanceof Shape.Obj inner && paymentMethodType) {
                for (Field g : inner.fields()) {
                    row(b, name + "[" + g.name() + "]", g);
                }
            }
        }
        if (!refusedTypes.isEmpty()) {
            b.append("| `").append(prefix).append("[...]` for ").append(String.join(", ", refusedTypes))
                    .append(" | object | refused | Stripe's error for a payment-method type the account cannot use |\n");
        }
    }

    private static void row(StringBuilder b, String name, Field f) {
        b.append("| `").append(name).append("` | ").append(type(f.shape())).append(" | ").append(f.effect().label())
                .append(" | ").append(f.required() ? "required. " : "").append(escape(f.note())).append(" |\n");
    }

    private static String type(Shape s) {
        if (s instanceof Shape.Text t) {
            if (t.values() != null) {
                return String.join(" \\| ", t.values().stream().map(v -> "`" + v + "`").toList());
            }
            return switch (t.kind()) {
                case URL -> "URL";
                case EMAIL -> "email";
                default -> "string (" + t.max() + ")";
            };
        } else if (s instanceof Shape.Int) {
            return "integer";
        } else if (s instanceof Shape.Bool) {
            return "boolean";
        } else if (s instanceof Shape.Either e) {
            return type(e.first()) + " or " + type(e.second());
        } else if (s instanceof Shape.ListOf l) {
            return "list (" + l.maxItems() + ") of " + type(l.element());
        } else if (s instanceof Shape.StringMap) {
            return "map of strings";
        }
        return "object";
    }

    private static String escape(String note) {
        return note.replace("|", "\\|").replace("%s", "...");
    }
}
