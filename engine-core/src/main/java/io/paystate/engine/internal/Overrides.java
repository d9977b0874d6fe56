package io.paystate.engine.internal;

/**
 * Whether a host's implementation overrides a default method of the interface it implements: how
 * the engine tells, once when it is built, what a sink takes or whether a store is shared.
 */
final class Overrides {
    private Overrides() {}

    /**
     * Returns whether {@code target}'s class declares its own {@code name(parameters)} instead of
     * {@code declaring}'s default; true when reflection cannot tell, which every caller treats as the
     * safe answer.
     */
    static boolean method(Object target, Class<?> declaring, String name, Class<?>... parameters) {
        try {
            return target.getClass().getMethod(name, parameters).getDeclaringClass() != declaring;
        } catch (NoSuchMethodException | SecurityException e) {
            return true;
        }
    }
}
