package io.paystate.http.internal;

/**
 * What sits between a server and the API: one call in, one reply out. The JDK server
 * ({@link JdkHttpTransport}) is one way to feed it; another server could be put under the same
 * handler without touching routing or encoding.
 *
 * <p>Thread safety: implementations are called concurrently.
 */
@FunctionalInterface
public interface ApiHandler {
    /** Answers one call; never throws for a bad request (that is a reply), only for a bug. */
    HttpReply handle(HttpCall call);
}
