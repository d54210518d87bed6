package org.vndiplomacy.kg.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.vndiplomacy.kg.validate.Problem;

/**
 * What one shard sends back to the driver: its counts, its problems, and what the checks across shards need (the
 * first name each file of the shard gives an entity, and each article key with its file).
 *
 * @param names per entity ref outside the reference data, the first {@code label} and {@code labelEn} given
 */
public record ShardResult(int index, long articles, long facts, long quads, List<Failure> problems,
        Map<String, NameSeen> names, Map<String, NameSeen> namesEn, Map<String, KeySeen> keys)
        implements Serializable {

    /** A problem (the validator's {@link Problem}, which is not serializable). */
    public record Failure(String file, String place, String message) implements Serializable {

        static Failure of(Problem problem) {
            return new Failure(problem.file(), problem.place(), problem.message());
        }

        public Problem problem() {
            return new Problem(file, place, message);
        }
    }

    /** A name given to an entity: by which file, where in it. */
    public record NameSeen(String display, String place, String name) implements Serializable {
    }

    /** An article key: the article's file and the annotation file that names it. */
    public record KeySeen(String source, String display) implements Serializable {
    }

    /** A shard given no files. */
    static ShardResult empty(int index) {
        return new ShardResult(index, 0, 0, 0, List.of(), Map.of(), Map.of(), Map.of());
    }
}
