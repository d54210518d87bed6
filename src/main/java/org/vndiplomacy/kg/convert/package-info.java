/**
 * Annotation records to RDF: one named graph per article, the ontology, reference and derived graphs. One small
 * converter per kind of fact; deterministic IRIs. May use {@code annotation}, {@code validate}, {@code vocab}.
 */
package org.vndiplomacy.kg.convert;
