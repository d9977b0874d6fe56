package io.paystate.store.postgres;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that breaks the next statement containing a marker, the way a network does: the
 * connection is gone before the statement reaches the database, or it drops after the database
 * executed (and committed) it, before the answer arrives.
 */
final class FaultyDataSource implements DataSource {
    enum Fault { BEFORE_EXECUTION, AFTER_EXECUTION }

    private record Armed(String marker, Fault fault) {}

    private final DataSource delegate;
    private final AtomicReference<Armed> armed = new AtomicReference<>();

    FaultyDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    /** Breaks the next statement whose text contains {@code marker}. */
    void arm(String marker, Fault fault) {
        armed.set(new Armed(marker, fault));
    }

    boolean fired() {
        return armed.get() == null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = delegate.getConnection();
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql) {
                Armed a = armed.get();
                if (a != null && sql.contains(a.marker) && armed.compareAndSet(a, null)) {
                    return statement(real, (PreparedStatement) result, a.fault);
                }
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private static PreparedStatement statement(Connection connection, PreparedStatement real, Fault fault) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                if (fault == Fault.BEFORE_EXECUTION) {
                    throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
                }
                invoke(real, method, args);
                throw new SQLException("An I/O error occurred while receiving from the backend.", "08006");
            }
            return invoke(real, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(FaultyDataSource.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
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
