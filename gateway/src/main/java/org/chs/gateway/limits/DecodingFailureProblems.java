package org.chs.gateway.limits;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;

import org.chs.gateway.problem.ProblemTypes;
import org.chs.gateway.requestid.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;

import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Requests that Netty's HTTP decoder cannot take — a request line longer than {@code server.netty.max-initial-line-length}
 * (414), headers larger than {@code server.max-http-request-header-size} (431), a malformed request (400) — answered with a
 * problem detail instead of Reactor Netty's empty response. They never reach Spring, so the answer is written here, on the
 * connection, which is then closed.
 */
@Component
public class DecodingFailureProblems implements NettyServerCustomizer {

    static final String HANDLER = "chs.decodingFailureProblems";
    private static final Logger ACCESS = LoggerFactory.getLogger("org.chs.gateway.access");

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER, new Handler());
            }
        });
    }

    /** Answers the first message that failed to decode, and drops everything after it on that connection. */
    static final class Handler extends ChannelInboundHandlerAdapter {

        private boolean failed;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (failed) {
                ReferenceCountUtil.release(message);
                return;
            }
            DecoderResult result = message instanceof HttpObject http ? http.decoderResult() : DecoderResult.SUCCESS;
            if (!result.isFailure()) {
                ctx.fireChannelRead(message);
                return;
            }
            failed = true;
            String incomingId = message instanceof HttpRequest request ? request.headers().get(RequestIdFilter.HEADER) : null;
            ReferenceCountUtil.release(message);
            HttpResponseStatus status = status(result.cause());
            String requestId = RequestIdFilter.accept(incomingId);
            try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestIdFilter.MDC_KEY, requestId)) {
                ACCESS.info("- (not decoded) {} client={} requestId={} reason={}", status.code(), ctx.channel().remoteAddress(), requestId,
                        result.cause().getClass().getSimpleName());
            }
            ctx.writeAndFlush(problem(status, requestId)).addListener(ChannelFutureListener.CLOSE);
        }

        static HttpResponseStatus status(Throwable cause) {
            if (cause instanceof TooLongHttpLineException) {
                return HttpResponseStatus.REQUEST_URI_TOO_LONG;
            }
            if (cause instanceof TooLongHttpHeaderException) {
                return HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            }
            if (cause instanceof TooLongFrameException) {
                return HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE;
            }
            return HttpResponseStatus.BAD_REQUEST;
        }

        static FullHttpResponse problem(HttpResponseStatus status, String requestId) {
            String type = switch (status.code()) {
                case 414 -> ProblemTypes.URI_TOO_LONG.toString();
                case 431 -> ProblemTypes.HEADERS_TOO_LARGE.toString();
                case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE.toString();
                default -> ProblemTypes.MALFORMED_REQUEST.toString();
            };
            String detail = switch (status.code()) {
                case 414 -> "The request line (method, path and query) is longer than the platform accepts";
                case 431 -> "The request headers are larger than the platform accepts";
                case 413 -> "The request is larger than the platform accepts";
                default -> "The request is not valid HTTP";
            };
            byte[] body = ("{\"type\":\"" + type + "\",\"title\":\"" + status.reasonPhrase() + "\",\"status\":" + status.code()
                    + ",\"detail\":\"" + detail + "\",\"traceId\":\"" + requestId + "\"}").getBytes(StandardCharsets.UTF_8);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                    .set(RequestIdFilter.HEADER, requestId);
            return response;
        }
    }
}
