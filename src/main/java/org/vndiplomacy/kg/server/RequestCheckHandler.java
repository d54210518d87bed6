package org.vndiplomacy.kg.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Checks every request before anything serves it, and answers those that fail with a one-line message:
 * <ul>
 * <li>400 for a path, as sent, that is longer than {@value #MAX_PATH} characters, holds a dot segment
 * ({@code /./}, {@code /../}), an empty segment ({@code //}), a backslash, a semicolon or anything but printable
 * ASCII, or a percent-encoding that is malformed, not UTF-8 (overlong forms such as {@code %c0%ae} included), or
 * encodes a control character, a slash, a backslash, a dot, a semicolon or a percent sign (double encoding);</li>
 * <li>405 for a method other than GET, HEAD and OPTIONS on any path but the SPARQL endpoints (which Fuseki
 * answers, and where only the update endpoint writes, with a password).</li>
 * </ul>
 * Paths are never mapped to files here; the servlets behind serve their own fixed names (and Jetty refuses much of
 * the above too), so this is the outer of two walls, with its own message.
 */
final class RequestCheckHandler extends Handler.Wrapper {

    static final int MAX_PATH = 1024;
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Set<String> endpoints;

    /** Wraps {@code handler}; {@code endpoints} are the paths of the SPARQL endpoints ({@code /kg/sparql} ...). */
    RequestCheckHandler(Handler handler, Set<String> endpoints) {
        super(handler);
        this.endpoints = Set.copyOf(endpoints);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String raw = request.getHttpURI().getPath();
        Optional<String> problem = problem(raw == null ? "" : raw);
        if (problem.isPresent()) {
            return answer(response, callback, HttpStatus.BAD_REQUEST_400, "Bad path: " + problem.get());
        }
        if (!READ_METHODS.contains(request.getMethod()) && !endpoints.contains(Request.getPathInContext(request))) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, OPTIONS");
            return answer(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "Method not allowed: "
                    + request.getMethod() + " (this path is read-only)");
        }
        return super.handle(request, response, callback);
    }

    /** What is wrong with a path as sent (still percent-encoded), if anything. */
    static Optional<String> problem(String raw) {
        if (raw.length() > MAX_PATH) {
            return Optional.of("longer than " + MAX_PATH + " characters");
        }
        if (!raw.startsWith("/")) {
            return Optional.of("it does not start with '/'");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\' || c == ';') {
                return Optional.of("character " + String.format("U+%04X", (int) c) + " is not allowed");
            }
        }
        String[] segments = raw.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty() && i < segments.length - 1) {
                return Optional.of("empty segment");
            }
            Optional<String> decoded = decode(segment);
            if (decoded.isEmpty()) {
                return Optional.of("bad percent-encoding");
            }
            if (decoded.get().equals(".") || decoded.get().equals("..")) {
                return Optional.of("dot segment");
            }
        }
        return Optional.empty();
    }

    /** The segment decoded, or empty when an encoding is malformed, not UTF-8, or encodes what it should not. */
    private static Optional<String> decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return Optional.of(segment);
        }
        ByteBuffer bytes = ByteBuffer.allocate(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                bytes.put((byte) c);
                continue;
            }
            int value = i + 2 < segment.length() ? hex(segment.charAt(i + 1), segment.charAt(i + 2)) : -1;
            if (value < 0x20 || value == 0x7f || "/\\.;%".indexOf(value) >= 0) {
                return Optional.empty();
            }
            bytes.put((byte) value);
            i += 2;
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static int hex(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }

    private static boolean answer(Response response, Callback callback, int status, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        // the body, if any, is not read: the connection cannot carry another request
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Content.Sink.write(response, true, message + "\n", callback);
        return true;
    }
}
