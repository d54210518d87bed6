package org.vndiplomacy.kg.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vndiplomacy.kg.validate.AnnotationValidator;
import org.vndiplomacy.kg.validate.Problem;

/**
 * The checks of the validator that span files, across shards: one entity, one name per language, and one file per
 * article key. The shards are slices of the files in name order, so taking them in order sees each name first where
 * a single run would; a problem names the shard's first file with the name, which a single run may name another file
 * of that shard in place of.
 */
final class CrossShardCheck {

    private final Map<String, ShardResult.NameSeen> names = new HashMap<>();
    private final Map<String, ShardResult.NameSeen> namesEn = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    /** Takes the next shard, in index order. */
    void add(ShardResult shard) {
        agree(shard.names(), names);
        agree(shard.namesEn(), namesEn);
        shard.keys().values().forEach(key -> AnnotationValidator.checkKeyDistinct(key.display(), key.source(),
                problems, owners));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    private void agree(Map<String, ShardResult.NameSeen> shard, Map<String, ShardResult.NameSeen> first) {
        shard.forEach((ref, seen) -> {
            ShardResult.NameSeen earlier = first.putIfAbsent(ref, seen);
            if (earlier != null) {
                AnnotationValidator.disagree(problems, seen.display(), seen.place(), ref, earlier.display(),
                        earlier.name(), seen.name());
            }
        });
    }
}
