package se.stockholm.vbe.jetty.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.component.ContainerLifeCycle;
import org.eclipse.jetty.util.log.Log;
import org.eclipse.jetty.util.log.Logger;

/**
 * Caps the connections one client address holds open at once: a connection beyond the cap is closed as
 * soon as it opens. Jetty's own {@code ConnectionLimit} counts all clients together, so one address could
 * use it up for everyone. A server bean (etc/jetty.xml) that listens on every connector of the server,
 * including the one pax-web creates after jetty.xml has been read.
 */
public class ConnectionsPerAddressLimit extends AbstractLifeCycle {

    private static final Logger LOG = Log.getLogger(ConnectionsPerAddressLimit.class);

    private final Server server;
    private final int maxConnections;
    private final ConcurrentMap<InetAddress, Integer> open = new ConcurrentHashMap<>();
    private final Connection.Listener listener = new Listener();

    public ConnectionsPerAddressLimit(Server server, int maxConnections) {
        this.server = server;
        this.maxConnections = maxConnections;
    }

    @Override
    protected void doStart() {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof ContainerLifeCycle container) {
                container.addBean(listener);
            }
        }
    }

    @Override
    protected void doStop() {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof ContainerLifeCycle container) {
                container.removeBean(listener);
            }
        }
        open.clear();
    }

    /** Connections now open from {@code address}. */
    int connections(InetAddress address) {
        return open.getOrDefault(address, 0);
    }

    /** Counts each connection from its opening to its closing; closes one that goes over the cap. */
    private final class Listener implements Connection.Listener {

        @Override
        public void onOpened(Connection connection) {
            InetAddress address = addressOf(connection);
            if (address == null) {
                return;
            }
            int connections = open.merge(address, 1, Integer::sum);
            if (connections > maxConnections) {
                if (connections == maxConnections + 1) {
                    LOG.warn("Closing new connections from {} while it has {} open", address.getHostAddress(),
                            maxConnections);
                }
                connection.getEndPoint().close();
            }
        }

        @Override
        public void onClosed(Connection connection) {
            InetAddress address = addressOf(connection);
            if (address != null) {
                open.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
            }
        }

        private InetAddress addressOf(Connection connection) {
            InetSocketAddress remote = connection.getEndPoint().getRemoteAddress();
            return remote == null ? null : remote.getAddress();
        }
    }
}
