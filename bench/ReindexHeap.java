// The heap that a text index rebuild leaves behind in a store kept open (TDB2 caches what it reads), in MiB after
// three System.gc(): java -Xmx1g -cp target/vn-diplomacy-kg.jar bench/ReindexHeap.java STORE_FOLDER
// (run from the project folder, on a store that a build made; nothing else may hold it).
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.store.StoreLayout;
import org.vndiplomacy.kg.store.TextIndexer;

/** Heap held after a text-index rebuild of a store (the store kept open): what the rebuild leaves in TDB2's caches. */
public class ReindexHeap {
    static long used() {
        for (int i = 0; i < 3; i++) { System.gc(); }
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }
    public static void main(String[] a) throws Exception {
        StoreLayout layout = new StoreLayout(Path.of(a[0]));
        Dataset dataset = StoreConfig.read(Path.of("fuseki-config/config.ttl"), layout).assemble();
        DatasetGraphText text = (DatasetGraphText) dataset.asDatasetGraph();
        var nodes = TDBInternal.getDatasetGraphTDB(text.getBase()).getQuadTable().getNodeTupleTable().getNodeTable();
        System.out.println("node table: " + nodes.getClass().getSimpleName() + ", under its cache: "
                + nodes.baseNodeTable().getClass().getSimpleName());
        long before = used();
        long t = System.nanoTime();
        long n = new TextIndexer().reindex(text);
        long after = used();
        System.out.printf("indexed %,d labels in %.1f s; live heap %d MiB before, %d MiB after (store open)%n", n,
                (System.nanoTime() - t) / 1e9, before, after);
        dataset.close();
    }
}
