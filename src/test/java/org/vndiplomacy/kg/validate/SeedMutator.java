package org.vndiplomacy.kg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random changes to the bytes of a seed file, each named for the report: bit flips, deletions, duplications,
 * insertions of awkward tokens and bytes, truncation, number changes, offset shifts, Unicode swaps, and (for
 * annotation files) edits of the JSON tree that keep it JSON: a field dropped, given another type or another
 * value of the file, an array element repeated.
 */
final class SeedMutator {

    private static final String[] TOKENS = {",", "}", "]", "{", "[", "\"", "\\", ":", "null", "-1", "1e999999999",
        "1e-999999999", "0.1234567890123456789012345678901", "\uFEFF", "\u0301", "\\u0000", "\\ud800", "\\u0007",
        "\n", "\t", "😀", "ạ", "NaN", "true"};
    private static final byte[][] BYTES = {{0}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE1, (byte) 0xBB},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xF9}, {(byte) 0x80}};
    private static final String[] NUMBERS = {"0", "-1", "1", "2147483647", "2147483648", "-2147483649",
        "99999999999999999999", "1e308", "1e-400", "0.5", "36.6", "1E+30", "1e29", "0.000000000000000000000000000001",
        "-0", "1.0", "3e2"};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern OFFSET = Pattern.compile("\"(start|end)\": (\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] KINDS = {"flip a bit", "delete bytes", "duplicate bytes", "insert a token",
        "insert raw bytes", "truncate", "change a number", "swap a character for its NFD or a look-alike",
        "normalize all to NFD", "shift an offset", "edit the JSON tree", "edit the JSON tree"};
    /** The kinds that apply to articles too: all but the offset shift and the tree edits. */
    private static final int KINDS_FOR_TEXT = 9;

    private final Random random;

    SeedMutator(Random random) {
        this.random = random;
    }

    /** The input changed once; {@code log} gets the name of the change. */
    byte[] mutate(byte[] input, boolean json, List<String> log) {
        int kind = random.nextInt(json ? KINDS.length : KINDS_FOR_TEXT);
        log.add(KINDS[kind]);
        return switch (kind) {
            case 0 -> flip(input);
            case 1 -> delete(input);
            case 2 -> duplicate(input);
            case 3 -> insert(input, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            case 4 -> insert(input, BYTES[random.nextInt(BYTES.length)]);
            case 5 -> Arrays.copyOf(input, random.nextInt(input.length + 1));
            case 6 -> text(input, this::changeNumber);
            case 7 -> text(input, this::swapUnicode);
            case 8 -> text(input, s -> Normalizer.normalize(s, Normalizer.Form.NFD));
            case 9 -> text(input, this::shiftOffset);
            default -> editTree(input, log);
        };
    }

    private int position(byte[] input) {
        return input.length == 0 ? 0 : random.nextInt(input.length + 1);
    }

    /** A length: mostly short, sometimes long. */
    private int length(int most) {
        int bound = random.nextInt(8) == 0 ? Math.max(1, most) : Math.max(1, Math.min(most, 16));
        return 1 + random.nextInt(bound);
    }

    private byte[] flip(byte[] input) {
        if (input.length == 0) {
            return input;
        }
        byte[] out = input.clone();
        out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        return out;
    }

    private byte[] delete(byte[] input) {
        int from = position(input);
        int to = Math.min(input.length, from + length(input.length));
        return concat(slice(input, 0, from), slice(input, to, input.length));
    }

    private byte[] duplicate(byte[] input) {
        int from = position(input);
        int to = Math.min(input.length, from + length(input.length));
        int at = position(input);
        return concat(slice(input, 0, at), slice(input, from, to), slice(input, at, input.length));
    }

    private byte[] insert(byte[] input, byte[] what) {
        int at = position(input);
        return concat(slice(input, 0, at), what, slice(input, at, input.length));
    }

    private byte[] text(byte[] input, UnaryOperator<String> change) {
        return change.apply(new String(input, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private String changeNumber(String text) {
        return replaceOne(text, NUMBER, m -> NUMBERS[random.nextInt(NUMBERS.length)]);
    }

    private String shiftOffset(String text) {
        int delta = random.nextInt(4) == 0 ? random.nextInt(2001) - 1000 : random.nextInt(7) - 3;
        return replaceOne(text, OFFSET, m -> "\"" + m.group(1) + "\": " + Math.max(0,
                Long.parseLong(m.group(2)) + delta));
    }

    private String swapUnicode(String text) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F && !Character.isSurrogate(text.charAt(i))) {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            return text;
        }
        int i = at.get(random.nextInt(at.size()));
        String c = text.substring(i, i + 1);
        String[] swaps = {Normalizer.normalize(c, Normalizer.Form.NFD), "ì", "i", "đ", "d", "ỳ", "\u00A0", "",
            c + c, "\u200B"};
        return text.substring(0, i) + swaps[random.nextInt(swaps.length)] + text.substring(i + 1);
    }

    private String replaceOne(String text, Pattern pattern, Function<Matcher, String> with) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return text;
        }
        int[] pick = found.get(random.nextInt(found.size()));
        Matcher one = pattern.matcher(text.substring(pick[0], pick[1]));
        one.matches();
        return text.substring(0, pick[0]) + with.apply(one) + text.substring(pick[1]);
    }

    /** Parses, edits one node, writes back; input that is no longer JSON is returned as it is. */
    private byte[] editTree(byte[] input, List<String> log) {
        JsonNode root;
        try {
            root = JSON.readTree(input);
        } catch (IOException e) {
            return input;
        }
        List<JsonNode> containers = new ArrayList<>();
        List<JsonNode> values = new ArrayList<>();
        collect(root, containers, values);
        if (containers.isEmpty()) {
            return input;
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        JsonNode other = values.get(random.nextInt(values.size()));
        JsonNode[] kinds = {JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.numberNode(0),
            JsonNodeFactory.instance.textNode(""), JsonNodeFactory.instance.arrayNode(),
            JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.booleanNode(true), other.deepCopy()};
        JsonNode replacement = kinds[random.nextInt(kinds.length)];
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.properties().forEach(field -> names.add(field.getKey()));
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(3) == 0) {
                log.add("drop " + name);
                object.remove(name);
            } else {
                log.add("set " + name + " to " + shown(replacement));
                object.set(name, replacement);
            }
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            int i = random.nextInt(array.size());
            if (random.nextBoolean()) {
                log.add("repeat element " + i);
                array.insert(i, array.get(i).deepCopy());
            } else {
                log.add("set element " + i + " to " + shown(replacement));
                array.set(i, replacement);
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shown(JsonNode node) {
        String text = node.toString();
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    private static void collect(JsonNode node, List<JsonNode> containers, List<JsonNode> values) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers, values));
        } else {
            values.add(node);
        }
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
