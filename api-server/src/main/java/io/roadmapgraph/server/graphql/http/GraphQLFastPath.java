package io.roadmapgraph.server.graphql.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.configuration.graphql.GraphQLConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.scheduling.TaskExecutors;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import io.roadmapgraph.server.graphql.execution.Caller;
import io.roadmapgraph.server.graphql.execution.GraphQLSettings;
import io.roadmapgraph.server.settings.MetricsSettings;
import io.roadmapgraph.server.web.InternalErrors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Answers the plain POST {@code /graphql} of an HTTP/1.1 connection in front of Micronaut's per-request pipeline
 * (routing, filters, argument binding, response encoding): the same {@link GraphQLOverHttp} answers it, on Micronaut's
 * blocking executor, with the headers Micronaut's answer has ({@code content-type} with the charset, {@code date} when
 * {@code micronaut.server.date-header} is on, {@code content-length}). Plain means: POST, the path exactly
 * {@code graphql.path} (no query string), HTTP/1.1, exactly one {@code Content-Type} ({@code application/json}, UTF-8
 * or no charset) and one {@code Content-Length} from 1 to Micronaut's request size limits, an {@code Accept} (if any)
 * of the two answer types only, and none of {@code Origin} (browsers keep Micronaut's CORS handling),
 * {@code Transfer-Encoding}, {@code Expect}, {@code Content-Encoding}, {@code Connection}, {@code Upgrade}. Every other
 * message goes to Micronaut untouched, as does a plain one while Micronaut still owes an answer on the connection
 * (answers leave in the order the requests came). While an answer is made here, later messages of the connection are
 * held and handed on after it is written.
 * <p>
 * {@code roadmap.graphql.fast-path=false} switches it off; it is off when metrics are on (Micronaut's HTTP metrics
 * count the requests it routes) and with an access log or a {@code server} header configured.
 */
@Singleton
final class GraphQLFastPath implements BeanCreatedEventListener<NettyServerCustomizer.Registry>, NettyServerCustomizer {

    static final String HANDLER = "roadmap-graphql-fast-path";
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final List<CharSequence> NOT_PLAIN = List.of(HttpHeaderNames.ORIGIN,
            HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderNames.EXPECT, HttpHeaderNames.CONTENT_ENCODING,
            HttpHeaderNames.CONNECTION, HttpHeaderNames.UPGRADE);

    /** Resolved at the first request: made here, it would build the GraphQL engine before the port opens. */
    private final BeanProvider<GraphQLOverHttp> http;
    private final ExecutorService executor;
    private final String path;
    private final boolean enabled;
    private final long maxBody;
    private final boolean dateHeader;
    private final boolean keepAliveOnServerError;
    private final byte[] internalError;
    private volatile Date date = new Date(0, "");
    private final LongAdder answered = new LongAdder();

    GraphQLFastPath(BeanProvider<GraphQLOverHttp> http, @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                    GraphQLConfiguration graphql, GraphQLSettings settings, MetricsSettings metrics,
                    NettyHttpServerConfiguration server, ObjectMapper json) {
        this.http = http;
        this.internalError = GraphQLOverHttp.internalErrorBody(json);
        this.executor = executor;
        this.path = graphql.getPath();
        this.enabled = settings.isFastPath() && !metrics.isEnabled() && server.getServerHeader().isEmpty()
                && (server.getAccessLogger() == null || !server.getAccessLogger().isEnabled());
        this.maxBody = Math.min(server.getMaxRequestSize(), server.getMaxRequestBufferSize());
        this.dateHeader = server.isDateHeader();
        this.keepAliveOnServerError = server.isKeepAliveOnServerError();
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        if (enabled) {
            event.getBean().register(this);
        }
        return event.getBean();
    }

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
        if (role != ChannelRole.CONNECTION) {
            return this;
        }
        return new NettyServerCustomizer() {
            @Override
            public NettyServerCustomizer specializeForChannel(Channel child, ChannelRole childRole) {
                return GraphQLFastPath.this.specializeForChannel(child, childRole);
            }

            @Override
            public void onStreamPipelineBuilt() {
                install(channel.pipeline());
            }
        };
    }

    /** In front of Micronaut's handler of a plain HTTP/1 connection (not HTTP/2, not after an upgrade). */
    private void install(ChannelPipeline pipeline) {
        if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                && pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null
                && pipeline.get(ChannelPipelineCustomizer.HANDLER_ACCESS_LOGGER) == null
                && pipeline.get(HANDLER) == null) {
            pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, HANDLER, new Connection());
        }
    }

    /** Requests answered here so far (for tests: that the fast path took them). */
    long answered() {
        return answered.sum();
    }

    /** Whether this request's head is one the fast path answers (see the class comment). */
    boolean plain(HttpRequest request) {
        HttpHeaders headers = request.headers();
        if (!request.decoderResult().isSuccess() || request.method() != HttpMethod.POST
                || request.protocolVersion() != HttpVersion.HTTP_1_1 || !path.equals(request.uri())) {
            return false;
        }
        for (CharSequence name : NOT_PLAIN) {
            if (headers.contains(name)) {
                return false;
            }
        }
        List<String> contentTypes = headers.getAll(HttpHeaderNames.CONTENT_TYPE);
        List<String> lengths = headers.getAll(HttpHeaderNames.CONTENT_LENGTH);
        return contentTypes.size() == 1 && GraphQLOverHttp.contentTypeProblem(contentTypes.get(0)).isEmpty()
                && lengths.size() == 1 && length(lengths.get(0)) > 0
                && GraphQLOverHttp.plainlyAcceptable(headers.getAll(HttpHeaderNames.ACCEPT));
    }

    /** The body's length when it is 1 to {@link #maxBody} digits' worth; else -1. */
    private long length(String value) {
        if (value.isEmpty() || value.length() > 18) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return -1;
            }
        }
        long length = Long.parseLong(value);
        return length <= maxBody ? length : -1;
    }

    private String date() {
        long now = System.currentTimeMillis() / 1000;
        Date current = date;
        if (current.second() != now) {
            current = new Date(now, DATE.format(Instant.ofEpochSecond(now)));
            date = current;
        }
        return current.text();
    }

    private record Date(long second, String text) {
    }

    /** The answer as Micronaut writes it: content-type, date, content-length (and connection: close, where due). */
    private FullHttpResponse response(GraphQLOverHttp.Answer answer, boolean close) {
        ByteBuf body = Unpooled.wrappedBuffer(answer.parts().toArray(new byte[0][]));
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(answer.status()), body);
        HttpHeaders headers = response.headers();
        headers.set(HttpHeaderNames.CONTENT_TYPE, answer.contentType());
        answer.headers().forEach(headers::set);
        if (dateHeader) {
            headers.set(HttpHeaderNames.DATE, date());
        }
        headers.set(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
        if (close) {
            headers.set(HttpHeaderNames.CONNECTION, "close");
        }
        return response;
    }

    /** One request taken here: its head, and its body as it arrives. */
    private static final class Pending {
        private final HttpRequest request;
        private final byte[] body;
        private int read;

        Pending(HttpRequest request, int length) {
            this.request = request;
            this.body = new byte[length];
        }

        /** Adds a part of the body; false when the parts are more than the announced length. */
        boolean add(ByteBuf part) {
            int n = part.readableBytes();
            if (n > body.length - read) {
                return false;
            }
            part.readBytes(body, read, n);
            read += n;
            return true;
        }
    }

    /**
     * The fast path of one connection. Runs on the connection's event loop, except the answer, which is made on the
     * blocking executor and written from the event loop.
     */
    private final class Connection extends ChannelDuplexHandler {
        /** Messages that came while an answer was made here: handed on, in order, once it is written. */
        private final ArrayDeque<Object> held = new ArrayDeque<>();
        /** Requests handed to Micronaut whose answer it has not finished writing. */
        private int owedByMicronaut;
        /** A final answer of Micronaut's has started and its last part is not written yet. */
        private boolean micronautWriting;
        /** The body of a request handed to Micronaut is still coming. */
        private boolean passingBody;
        /** The request taken here, while its body is read and its answer made. */
        private Pending pending;
        /** The pending request's answer is being made. */
        private boolean answering;
        /** Micronaut asked for a read while messages were held. */
        private boolean readDeferred;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (answering || !held.isEmpty()) {
                held.add(msg);
                return;
            }
            route(ctx, msg);
        }

        private void route(ChannelHandlerContext ctx, Object msg) {
            if (pending != null) {
                readBody(ctx, msg);
                return;
            }
            if (passingBody) {
                passingBody = !(msg instanceof LastHttpContent);
                ctx.fireChannelRead(msg);
                return;
            }
            if (msg instanceof HttpRequest request) {
                if (owedByMicronaut == 0 && !(msg instanceof HttpContent) && plain(request)) {
                    pending = new Pending(request,
                            (int) Long.parseLong(request.headers().get(HttpHeaderNames.CONTENT_LENGTH)));
                    return;
                }
                owedByMicronaut++;
                passingBody = !(msg instanceof LastHttpContent);
            }
            ctx.fireChannelRead(msg);
        }

        private void readBody(ChannelHandlerContext ctx, Object msg) {
            try {
                if (!(msg instanceof HttpContent content) || !content.decoderResult().isSuccess()
                        || !pending.add(content.content())) {
                    ctx.close(); // not what the codec gives for a request with a Content-Length
                    return;
                }
                if (content instanceof LastHttpContent) {
                    if (pending.read != pending.body.length) {
                        ctx.close();
                        return;
                    }
                    answer(ctx, pending);
                }
            } finally {
                ReferenceCountUtil.release(msg);
            }
        }

        private void answer(ChannelHandlerContext ctx, Pending request) {
            answering = true;
            HttpHeaders headers = request.request.headers();
            String type = GraphQLOverHttp.negotiate(headers.getAll(HttpHeaderNames.ACCEPT));
            String contentType = headers.get(HttpHeaderNames.CONTENT_TYPE);
            Caller caller = new Caller(Optional.ofNullable(headers.get(HttpHeaderNames.AUTHORIZATION)),
                    Optional.ofNullable(headers.get(Caller.BOOKMARK_HEADER)));
            String body = new String(request.body, StandardCharsets.UTF_8);
            Channel channel = ctx.channel();
            try {
                executor.execute(() -> {
                    FullHttpResponse response;
                    try {
                        response = response(GraphQLOverHttp.untilClosed(channel,
                                clientGone -> http.get().post(type, contentType, body, caller, clientGone)), false);
                    } catch (RuntimeException | Error e) {
                        response = internalError(e);
                    }
                    answered.increment();
                    FullHttpResponse written = response;
                    ctx.executor().execute(() -> answered(ctx, written));
                });
            } catch (RejectedExecutionException e) {
                answered(ctx, internalError(e));
            }
        }

        private FullHttpResponse internalError(Throwable e) {
            InternalErrors.log("POST", path, e);
            boolean close = !keepAliveOnServerError;
            return response(new GraphQLOverHttp.Answer(500, InternalErrors.CONTENT_TYPE, internalError,
                    Map.of()), close);
        }

        private void answered(ChannelHandlerContext ctx, FullHttpResponse response) {
            boolean close = "close".equals(response.headers().get(HttpHeaderNames.CONNECTION));
            if (close) {
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            } else {
                ctx.writeAndFlush(response);
            }
            pending = null;
            answering = false;
            boolean handedOn = false;
            while (!answering && !held.isEmpty() && ctx.channel().isActive()) {
                route(ctx, held.poll());
                handedOn = true;
            }
            if (handedOn) {
                ctx.fireChannelReadComplete();
            }
            if (readDeferred && held.isEmpty()) {
                readDeferred = false;
                ctx.read();
            }
        }

        @Override
        public void read(ChannelHandlerContext ctx) {
            if (!held.isEmpty()) {
                readDeferred = true; // as Micronaut does: no more requests read while one waits for its turn
                return;
            }
            ctx.read();
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            // only Micronaut's writes pass here (this handler's own start in front of it)
            if (msg instanceof HttpResponse response && response.status().code() >= 200) {
                micronautWriting = true;
            }
            if (msg instanceof LastHttpContent && micronautWriting) {
                micronautWriting = false;
                owedByMicronaut--;
            }
            ctx.write(msg, promise);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE && pending != null
                    && !answering) {
                // micronaut.server.read-idle-timeout: a body that stalls is not waited for (Micronaut does not
                // know of this request, so it would not count it as due)
                ctx.close();
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            releaseHeld();
            super.channelInactive(ctx);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            releaseHeld();
        }

        private void releaseHeld() {
            Object msg;
            while ((msg = held.poll()) != null) {
                ReferenceCountUtil.release(msg);
            }
        }
    }
}
