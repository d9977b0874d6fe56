package io.paystate.http.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves an {@link ApiHandler} on the JDK's built-in HTTP/1.1 server. */
public final class JdkHttpTransport implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(JdkHttpTransport.class.getName());
    /** Headers beyond these get a 431 from the API. */
    public static final int MAX_HEADERS = 200;
    public static final int MAX_HEADER_BYTES = 32 * 1024;
    /** Beyond this the JDK closes the connection unanswered: the transport's own hard limit. */
    static final int TRANSPORT_HEADER_BYTES = 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;

    private JdkHttpTransport(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds and starts a server.
     *
     * @param address where to listen; port 0 picks a free port
     * @param handler the API
     * @param maxBodyBytes bodies above this are not read and reach the handler flagged too large
     * @param threads the worker threads
     * @param fallback the reply when the handler itself throws (a bug): Stripe's api_error shape
     */
    public static JdkHttpTransport start(InetSocketAddress address, ApiHandler handler, long maxBodyBytes, int threads,
            java.util.function.Supplier<HttpReply> fallback) throws IOException {
        // without TCP_NODELAY, a keep-alive client waits ~40 ms on each response (Nagle + delayed ACK);
        // the JDK server reads this property once, when its first server is created
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // the JDK drops a connection whose headers pass its limits without answering; with room above
        // the API's own limits, the API answers those requests with Stripe's error instead
        if (System.getProperty("sun.net.httpserver.maxReqHeaders") == null) {
            System.setProperty("sun.net.httpserver.maxReqHeaders", Integer.toString(MAX_HEADERS * 4));
        }
        if (System.getProperty("sun.net.httpserver.maxReqHeaderSize") == null) {
            System.setProperty("sun.net.httpserver.maxReqHeaderSize", Integer.toString(TRANSPORT_HEADER_BYTES));
        }
        HttpServer server = HttpServer.create(address, 128);
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "paystate-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService executor = Executors.newFixedThreadPool(threads, factory);
        server.setExecutor(executor);
        server.createContext("/", exchange -> serve(exchange, handler, maxBodyBytes, fallback));
        server.start();
        return new JdkHttpTransport(server, executor);
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, ApiHandler handler, long maxBodyBytes,
            java.util.function.Supplier<HttpReply> fallback) throws IOException {
        try (exchange) {
            HttpReply reply;
            boolean closeAfter = false;
            try {
                HttpCall call = read(exchange, maxBodyBytes);
                closeAfter = call.bodyTooLarge();
                reply = handler.handle(call);
            } catch (IOException e) {
                throw e;
            } catch (RuntimeException | Error e) {
                LOG.log(Level.ERROR, "the API failed on " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getRawPath(), e);
                reply = fallback.get();
            }
            write(exchange, reply, closeAfter);
        }
    }

    private static HttpCall read(HttpExchange exchange, long maxBodyBytes) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), new ArrayList<>(v)));
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        boolean tooLarge = false;
        byte[] body;
        if (length != null && parses(length) && Long.parseLong(length.strip()) > maxBodyBytes) {
            tooLarge = true;
            body = new byte[0];
        } else {
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            }
            if (body.length > maxBodyBytes) {
                tooLarge = true;
                body = new byte[0];
            }
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        return new HttpCall(method, exchange.getRequestURI().getPath() == null ? "/" : exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), headers, body, tooLarge);
    }

    private static boolean parses(String length) {
        return length.strip().matches("\\d{1,18}");
    }

    private static void write(HttpExchange exchange, HttpReply reply, boolean close) throws IOException {
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        if (close) {
            // the unread body would otherwise be taken for the next request on this connection
            exchange.getResponseHeaders().set("Connection", "close");
        }
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(reply.status(), head || reply.body().length == 0 ? -1 : reply.body().length);
        if (!head && reply.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    /** Stops accepting, lets exchanges in progress finish (up to a second), and stops the workers. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
