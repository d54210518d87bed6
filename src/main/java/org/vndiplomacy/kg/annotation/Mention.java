package org.vndiplomacy.kg.annotation;

/** A place where an entity is named. */
public record Mention(Integer start, Integer end, String text) implements TextSpan {

    @Override
    public String exact() {
        return text;
    }

    @Override
    public String exactField() {
        return "text";
    }
}
