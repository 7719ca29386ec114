package se.stockholm.vbe.jetty.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.DefaultHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionsPerAddressLimitTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final Server server = new Server();
    private final ConnectionsPerAddressLimit limit = new ConnectionsPerAddressLimit(server, 2);
    private final List<Socket> sockets = new ArrayList<>();
    private ServerConnector connector;

    @BeforeEach
    void start() throws Exception {
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(new DefaultHandler());
        server.addBean(limit);
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket socket : sockets) {
            socket.close();
        }
        server.stop();
    }

    @Test
    void aConnectionOverTheCapIsClosedAndTheOthersStayOpen() throws Exception {
        List<Socket> three = List.of(connect(), connect(), connect());
        await().atMost(Duration.ofSeconds(5)).until(() -> limit.connections(LOOPBACK) == 2);

        // selectors may open the three in any order: which one is closed is not fixed, only how many
        List<Boolean> answered = new ArrayList<>();
        for (Socket socket : three) {
            answered.add(answers(socket));
        }

        assertEquals(2, answered.stream().filter(a -> a).count(), answered.toString());
    }

    @Test
    void aClosedConnectionFreesItsPlace() throws Exception {
        connect();
        connect().close();
        await().atMost(Duration.ofSeconds(5)).until(() -> limit.connections(LOOPBACK) == 1);

        assertTrue(answers(connect()));
    }

    /** Whether the connection answers a request, rather than being closed by the server. */
    private static boolean answers(Socket socket) {
        try {
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes());
            return socket.getInputStream().read() == 'H';
        } catch (IOException closed) {
            return false;
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", connector.getLocalPort());
        socket.setSoTimeout(5_000);
        sockets.add(socket);
        return socket;
    }
}
