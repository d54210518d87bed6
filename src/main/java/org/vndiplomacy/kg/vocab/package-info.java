/**
 * The ontology's terms as Java constants ({@link org.vndiplomacy.kg.vocab.VND}, kept in step with
 * {@code ontology/vnd.ttl} by a test), the few outside vocabularies Jena lacks or that we gather, and the one shared
 * prefix map. Depends on Jena only.
 */
package org.vndiplomacy.kg.vocab;
