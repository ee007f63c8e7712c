package io.github.docslint.links;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP/1.1 server on a bare {@link ServerSocket}, for servers that misbehave in ways a real
 * server library will not: each connection is handed to the test's handler, which writes what it likes.
 * {@link #close()} closes every socket and waits for every thread it started.
 */
final class RawServer implements AutoCloseable {
    /** What a connection does; the request's head is read already (null when the handler reads nothing). */
    @FunctionalInterface
    interface Handler {
        void handle(Socket socket, String requestHead, RawServer server) throws IOException, InterruptedException;
    }

    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    /** Bytes the handlers counted as written, to show how much a client pulled before it hung up. */
    final AtomicLong written = new AtomicLong();

    private RawServer(InetAddress address, int port, boolean readRequest, Handler handler) throws IOException {
        listener = new ServerSocket(port, 50, address);
        Thread acceptor = new Thread(
                () -> {
                    while (!listener.isClosed()) {
                        Socket s;
                        try {
                            s = listener.accept();
                        } catch (IOException e) {
                            return;
                        }
                        connections.incrementAndGet();
                        sockets.add(s);
                        Thread t = new Thread(() -> serve(s, readRequest, handler), "raw-server-connection");
                        t.setDaemon(true);
                        threads.add(t);
                        t.start();
                    }
                },
                "raw-server-acceptor");
        acceptor.setDaemon(true);
        threads.add(acceptor);
        acceptor.start();
    }

    /** A server on 127.0.0.1 that reads each request's head, then lets the handler answer. */
    static RawServer start(Handler handler) throws IOException {
        return new RawServer(InetAddress.getByName("127.0.0.1"), 0, true, handler);
    }

    /** A server that reads nothing: the handler gets the connection as accepted. */
    static RawServer silent(Handler handler) throws IOException {
        return new RawServer(InetAddress.getByName("127.0.0.1"), 0, false, handler);
    }

    /** A server reading requests on another loopback address (127.0.0.2 is loopback on Linux too). */
    static RawServer start(InetAddress address, int port, Handler handler) throws IOException {
        return new RawServer(address, port, true, handler);
    }

    int port() {
        return listener.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    int requests() {
        return requests.get();
    }

    private void serve(Socket s, boolean readRequest, Handler handler) {
        try (s) {
            do {
                String head = null;
                if (readRequest) {
                    head = readHead(s.getInputStream());
                    if (head == null) {
                        return; // the client closed the connection
                    }
                    requests.incrementAndGet();
                }
                handler.handle(s, head, this);
            } while (readRequest && !s.isClosed());
        } catch (IOException | InterruptedException e) {
            // the client hung up, or the test is over
        }
    }

    /** The request line and headers, or null at end of stream. */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    static void write(Socket s, String text) throws IOException {
        s.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : sockets) {
            s.close();
        }
        for (Thread t : threads) {
            t.interrupt();
            try {
                t.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
