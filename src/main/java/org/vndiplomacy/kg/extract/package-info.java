/**
 * Automatic extraction: an article's text in, an annotation file in the project's format out (entities with their
 * mentions, facts with their evidence and a confidence), by gazetteers and patterns. May use {@code annotation} and
 * {@code vocab} (a leaf: the ontology's terms, needed to read the reference data the gazetteers come from).
 */
package org.vndiplomacy.kg.extract;
