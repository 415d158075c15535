package io.roadmapgraph.server.connections;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the HTTP connections the server holds ({@link ConnectionSettings}): one client holding thousands of
 * half-sent requests must not take every file descriptor and lock everybody else out. A connection over the total,
 * or over its address's share, is closed as soon as it is accepted. Slow and idle connections are closed by
 * Micronaut's own timeouts ({@code micronaut.server.read-idle-timeout}, {@code idle-timeout}).
 */
@Singleton
class ConnectionLimits implements BeanCreatedEventListener<NettyServerCustomizer.Registry>, NettyServerCustomizer {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLimits.class);

    private final ConnectionSettings settings;
    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentMap<InetAddress, AtomicInteger> byAddress = new ConcurrentHashMap<>();

    ConnectionLimits(ConnectionSettings settings) {
        this.settings = settings;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(this);
        return event.getBean();
    }

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
        if (role == ChannelRole.CONNECTION) {
            admit(channel);
        }
        return this;
    }

    private void admit(Channel channel) {
        InetAddress address = address(channel.remoteAddress());
        AtomicInteger fromAddress = byAddress.computeIfAbsent(address, a -> new AtomicInteger());
        int total = open.incrementAndGet();
        int mine = fromAddress.incrementAndGet();
        channel.closeFuture().addListener(f -> {
            open.decrementAndGet();
            if (fromAddress.decrementAndGet() == 0) {
                byAddress.remove(address, fromAddress);
            }
        });
        if (total > settings.getMax() || mine > settings.getMaxPerAddress()) {
            LOG.debug("closing a connection from {}: {} open in all, {} from it (roadmap.connections.max {},"
                    + " max-per-address {})", address, total, mine, settings.getMax(), settings.getMaxPerAddress());
            channel.eventLoop().execute(channel::close);
        }
    }

    /** Open connections now. */
    int open() {
        return open.get();
    }

    private static InetAddress address(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress() : InetAddress.getLoopbackAddress();
    }
}
