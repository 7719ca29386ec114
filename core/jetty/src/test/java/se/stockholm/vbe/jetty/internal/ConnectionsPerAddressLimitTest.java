package se.stockholm.vbe.jetty.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
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
        Socket first = connect();
        Socket second = connect();
        Socket third = connect();

        assertEquals(-1, third.getInputStream().read(), "the third connection is closed by the server");
        await().atMost(Duration.ofSeconds(5)).until(() -> limit.connections(LOOPBACK) == 2);
        first.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes());
        assertEquals('H', first.getInputStream().read(), "the first still answers");
        second.close();
        first.close();
    }

    @Test
    void aClosedConnectionFreesItsPlace() throws Exception {
        connect();
        connect().close();
        await().atMost(Duration.ofSeconds(5)).until(() -> limit.connections(LOOPBACK) == 1);
        Socket again = connect();
        again.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes());

        assertEquals('H', again.getInputStream().read());
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", connector.getLocalPort());
        socket.setSoTimeout(5_000);
        sockets.add(socket);
        return socket;
    }
}
