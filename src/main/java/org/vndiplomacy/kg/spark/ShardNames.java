package org.vndiplomacy.kg.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vndiplomacy.kg.annotation.EntityAnnotation;
import org.vndiplomacy.kg.annotation.RefLib;
import org.vndiplomacy.kg.validate.AnnotatedArticle;

/**
 * What a shard remembers of its files for the checks across shards: the first name given to each entity outside the
 * reference data, in each language, and the first file of each article key. Bounded by the entities and the keys.
 */
final class ShardNames {

    private final Set<String> referenceRefs;
    final Map<String, ShardResult.NameSeen> names = new LinkedHashMap<>();
    final Map<String, ShardResult.NameSeen> namesEn = new LinkedHashMap<>();
    final Map<String, ShardResult.KeySeen> keys = new LinkedHashMap<>();

    ShardNames(Set<String> referenceRefs) {
        this.referenceRefs = referenceRefs;
    }

    void add(AnnotatedArticle input) {
        String source = input.annotation().article().sourceFile();
        keys.putIfAbsent(RefLib.articleKey(source), new ShardResult.KeySeen(source, input.display()));
        List<EntityAnnotation> entities = input.annotation().entities();
        for (int i = 0; i < entities.size(); i++) {
            EntityAnnotation e = entities.get(i);
            if (referenceRefs.contains(e.ref())) {
                continue;
            }
            if (e.label() != null) {
                names.putIfAbsent(e.ref(), new ShardResult.NameSeen(input.display(), "$.entities[" + i + "].label",
                        e.label()));
            }
            if (e.labelEn() != null) {
                namesEn.putIfAbsent(e.ref(), new ShardResult.NameSeen(input.display(),
                        "$.entities[" + i + "].labelEn", e.labelEn()));
            }
        }
    }
}
