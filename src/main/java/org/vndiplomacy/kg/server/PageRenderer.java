package org.vndiplomacy.kg.server;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Objects;

/**
 * Renders the HTML pages from the Mustache templates in {@code templates/} on the class path. Every
 * {@code {{value}}} is HTML-escaped by Mustache; the templates use no unescaped ({@code {{{ }}}}) output.
 */
final class PageRenderer {

    private final MustacheFactory factory = new DefaultMustacheFactory("templates");

    /** Renders the template {@code templates/{name}.mustache} with the given view. */
    String render(String name, Object view) {
        Objects.requireNonNull(view, "view");
        Mustache template = factory.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        template.execute(out, view);
        return out.toString();
    }
}
