package org.vndiplomacy.kg.bench;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table; columns whose header starts with {@code >} are right-aligned (the {@code >} is dropped). */
final class MarkdownTable {

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> right = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... headers) {
        for (String header : headers) {
            boolean alignRight = header.startsWith(">");
            this.headers.add(alignRight ? header.substring(1) : header);
            this.right.add(alignRight);
        }
    }

    MarkdownTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell).replace("|", "\\|").replace("\n", " "));
        }
        rows.add(row);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("| ").append(String.join(" | ", headers)).append(" |\n|");
        for (boolean alignRight : right) {
            out.append(alignRight ? "---:|" : "---|");
        }
        out.append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }
}
