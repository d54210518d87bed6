package org.vndiplomacy.kg.store;

import java.util.List;
import java.util.stream.Stream;

/**
 * The graphs of a load, sorted by name, each once, given as a stream that can be opened again for another pass (a
 * build's articles come from sorted lines on disk, so the load holds one at a time, not a list of them all).
 */
@FunctionalInterface
public interface GraphSources {

    /** The graphs, in order of their names; close the stream when done. */
    Stream<GraphSource> open();

    /** The graphs of a list (which must be sorted by name). */
    static GraphSources of(List<GraphSource> sources) {
        List<GraphSource> copy = List.copyOf(sources);
        return copy::stream;
    }
}
