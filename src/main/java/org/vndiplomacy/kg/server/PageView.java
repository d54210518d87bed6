package org.vndiplomacy.kg.server;

import java.util.List;

/**
 * What a resource page shows, ready for the template: every text is a plain string (the template escapes it).
 * Empty lists are left out of the page.
 */
record PageView(String title, String iri, String kind, List<Value> labels, List<Link> types, List<Link> sameAs,
        List<Field> fields, List<Quote> quotes, List<Group> groups, List<Fact> conflicts, List<Link> mentionedIn,
        List<Segment> text, List<Link> formats) {

    // Whether a section has anything to show (Mustache sections on these hide empty ones).

    public boolean anyLabels() {
        return !labels.isEmpty();
    }

    public boolean anySameAs() {
        return !sameAs.isEmpty();
    }

    public boolean anyQuotes() {
        return !quotes.isEmpty();
    }

    public boolean anyConflicts() {
        return !conflicts.isEmpty();
    }

    public boolean anyText() {
        return !text.isEmpty();
    }

    public boolean anyMentions() {
        return !mentionedIn.isEmpty();
    }

    /** A link: a page of this site or an outside IRI. */
    record Link(String href, String text) {
    }

    /** One value of a field: a literal ({@code href} null) or a link. */
    record Value(String text, String href, String lang) {
    }

    /** A property and its values. */
    record Field(String name, List<Value> values) {
    }

    /** An evidence quote with its place in its article. */
    record Quote(String quote, String articleHref, String article, long start, long end) {
    }

    /** A fact: its page, its fields, its quotes. */
    record Fact(String href, String title, String kind, List<Field> fields, List<Quote> quotes) {
    }

    /** The facts of one kind. */
    record Group(String kind, List<Fact> facts) {
    }

    /** A piece of an article's text: a mention links to its entity, evidence is highlighted. */
    record Segment(String text, String href, String name, boolean evidence, String title) {
    }
}
