package org.vndiplomacy.kg.server;

import jakarta.servlet.ServletContext;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;

/**
 * The dataset Fuseki serves at {@code /kg} (from the configuration file), for the servlets beside Fuseki, and the
 * names of the ontology's terms, read from it once.
 */
final class StoreAccess {

    static final String SERVICE = "/kg";

    private volatile Dataset dataset;
    private volatile TermNames terms;

    Dataset dataset(ServletContext context) {
        Dataset d = dataset;
        if (d == null) {
            DataAccessPoint point = DataAccessPointRegistry.get(context).get(SERVICE);
            if (point == null) {
                throw new IllegalStateException("the configuration has no service " + SERVICE);
            }
            d = DatasetFactory.wrap(point.getDataService().getDataset());
            dataset = d;
        }
        return d;
    }

    TermNames terms(ServletContext context) {
        TermNames t = terms;
        if (t == null) {
            t = TermNames.read(dataset(context));
            terms = t;
        }
        return t;
    }
}
