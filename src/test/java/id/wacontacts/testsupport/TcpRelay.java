package id.wacontacts.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed local address in front of a server whose port changes: stands in for a database server that
 * restarts at the same address (the embedded server picks a new port at every start).
 */
public final class TcpRelay implements AutoCloseable {

    private volatile ServerSocket listener;
    private final AtomicInteger targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private volatile boolean holding;
    private volatile boolean blackholed;
    private volatile int refusedPort;

    public TcpRelay(int targetPort) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = new AtomicInteger(targetPort);
        startAccepting();
    }

    private void startAccepting() {
        ServerSocket socket = listener;
        Thread acceptor = new Thread(() -> accept(socket), "tcp-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * While on, the relay's port refuses connections and every open one is cut, as when the server's
     * machine is off or the network is down; turning it off listens on the same port again.
     */
    public void refuse(boolean on) throws IOException {
        if (on) {
            int port = port();
            listener.close();
            cut();
            this.refusedPort = port;
        } else {
            ServerSocket again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), refusedPort), 50);
            listener = again;
            startAccepting();
        }
    }

    public int port() {
        return listener.isClosed() ? refusedPort : listener.getLocalPort();
    }

    /** Sends new connections to another port; open ones stay where they are. */
    public void target(int port) {
        targetPort.set(port);
    }

    private void accept(ServerSocket listener) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                open.add(client);
                if (holding) {
                    held.add(client);
                    continue;
                }
                try {
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort.get());
                    open.add(server);
                    pipe(client, server);
                    pipe(server, client);
                } catch (IOException e) {
                    client.close();
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * From now on every byte either way is dropped while every connection stays open: a half-open line,
     * as after a network cut that no side has noticed (no FIN, no RST).
     */
    public void blackhole() {
        blackholed = true;
    }

    /** Cuts every open connection at once (both ends see them closed); new ones are still accepted. */
    public void cut() {
        open.forEach(TcpRelay::closeQuietly);
        open.clear();
    }

    private void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (!blackholed) {
                        out.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // The other side went away.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-relay-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }

    /**
     * While on, new connections are accepted and then never answered, as by a server that went away
     * behind a firewall; open ones stay as they are. Turning it off drops the unanswered ones.
     */
    public void hold(boolean on) {
        holding = on;
        if (!on) {
            held.forEach(TcpRelay::closeQuietly);
        }
    }

    /** How many connections were accepted and left unanswered. */
    public int held() {
        return held.size();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        open.forEach(TcpRelay::closeQuietly);
    }
}
