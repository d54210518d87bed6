/**
 * Reads annotation files and their articles, and checks them before anything is converted: JSON syntax, the JSON
 * Schema, and the annotations against the article text; and the external sort of lines ({@link LineSorter}) with
 * which this stage and the later ones keep per-article lists out of the heap. May use {@code annotation}; no RDF.
 */
package org.vndiplomacy.kg.validate;
