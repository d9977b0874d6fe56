package io.paystate.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Counts the statements prepared through it: each is one round trip to the database. */
final class CountingDataSource implements DataSource {
    private final DataSource delegate;
    private final AtomicLong statements = new AtomicLong();
    // per statement text: executions and wall nanoseconds (the round trip and the database's work)
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder[]> timings =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final boolean timing;

    /** Counts the statements only: what the benchmark's measured runs go through. */
    CountingDataSource(DataSource delegate) {
        this(delegate, false);
    }

    /** Counts, and with {@code timing} also times each execution by statement (the profile's view). */
    CountingDataSource(DataSource delegate, boolean timing) {
        this.delegate = delegate;
        this.timing = timing;
    }

    void reset() {
        statements.set(0);
        timings.clear();
    }

    /** Executions and wall nanoseconds per statement text since the last reset. */
    java.util.Map<String, long[]> timings() {
        java.util.Map<String, long[]> out = new java.util.HashMap<>();
        timings.forEach((sql, t) -> out.put(sql, new long[] {t[0].sum(), t[1].sum()}));
        return out;
    }

    private Object timed(PreparedStatement real, String sql) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
                (proxy, method, args) -> {
                    boolean execute = method.getName().startsWith("execute");
                    long start = execute ? System.nanoTime() : 0;
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (execute) {
                            java.util.concurrent.atomic.LongAdder[] t = timings.computeIfAbsent(sql, k ->
                                    new java.util.concurrent.atomic.LongAdder[] {
                                        new java.util.concurrent.atomic.LongAdder(),
                                        new java.util.concurrent.atomic.LongAdder()});
                            t[0].increment();
                            t[1].add(System.nanoTime() - start);
                        }
                    }
                });
    }

    long count() {
        return statements.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = delegate.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    try {
                        Object result = method.invoke(real, args);
                        if (timing && result instanceof PreparedStatement ps && args[0] instanceof String sql) {
                            return timed(ps, sql.replaceAll("\\s+", " "));
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("not supported");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return delegate.isWrapperFor(iface);
    }
}
