package org.vndiplomacy.kg.server;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Limits the size of request bodies, before anything reads them: a body that says (Content-Length) it is larger
 * than the limit of its path gets HTTP 413 with a message at once, unread, and the connection is closed; a body
 * sent in chunks is read up to the limit, then refused the same way or handed on whole (so that form parameters
 * and streams see it as sent). Updates have their own, larger, limit.
 */
final class BodyLimitHandler extends Handler.Wrapper {

    private final long limit;
    private final long updateLimit;
    private final Set<String> updatePaths;

    BodyLimitHandler(Handler handler, ServerLimits limits, Set<String> updatePaths) {
        super(handler);
        this.limit = limits.body();
        this.updateLimit = limits.updateBody();
        this.updatePaths = Set.copyOf(updatePaths);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        long max = updatePaths.contains(path) ? updateLimit : limit;
        long length = request.getLength();
        if (length > max) {
            return refuse(response, callback, path, max, "of " + length + " bytes is");
        }
        if (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            byte[] body;
            try (InputStream in = Content.Source.asInputStream(request)) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            }
            if (body.length > max) {
                return refuse(response, callback, path, max, "is");
            }
            return super.handle(new ReadRequest(request, body), response, callback);
        }
        return super.handle(request, response, callback);
    }

    private static boolean refuse(Response response, Callback callback, String path, long max, String is) {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE_413);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Content.Sink.write(response, true, "Request body too large: the body " + is + " larger than the "
                + ServerLimits.bytes(max) + " that " + path + " accepts.\n", callback);
        return true;
    }

    /** A request whose body has been read: it reads the bytes once, then the end. */
    private static final class ReadRequest extends Request.Wrapper {

        private final long length;
        private ByteBuffer rest;

        ReadRequest(Request wrapped, byte[] body) {
            super(wrapped);
            this.length = body.length;
            this.rest = ByteBuffer.wrap(body);
        }

        @Override
        public long getLength() {
            return length;
        }

        @Override
        public Content.Chunk read() {
            if (rest == null) {
                return Content.Chunk.EOF;
            }
            Content.Chunk chunk = Content.Chunk.from(rest, true);
            rest = null;
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public boolean consumeAvailable() {
            rest = null;
            return true;
        }

        @Override
        public void fail(Throwable failure) {
            rest = null;
        }
    }
}
