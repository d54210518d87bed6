package org.vndiplomacy.kg.convert;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Names of one entity, compared without regard to case: "Ông Sơn" and "ông Sơn" are one name. */
final class NameSet extends AbstractSet<String> {

    private final Map<String, String> byKey = new LinkedHashMap<>();

    NameSet(Collection<String> names) {
        names.forEach(this::add);
    }

    @Override
    public boolean add(String name) {
        return name != null && byKey.putIfAbsent(name.toLowerCase(Locale.ROOT), name) == null;
    }

    @Override
    public boolean contains(Object name) {
        return name instanceof String s && byKey.containsKey(s.toLowerCase(Locale.ROOT));
    }

    @Override
    public Iterator<String> iterator() {
        return byKey.values().iterator();
    }

    @Override
    public int size() {
        return byKey.size();
    }
}
