package org.vndiplomacy.kg.annotation;

/** The quote that supports a fact. */
public record Evidence(Integer start, Integer end, String quote) implements TextSpan {

    @Override
    public String exact() {
        return quote;
    }

    @Override
    public String exactField() {
        return "quote";
    }
}
