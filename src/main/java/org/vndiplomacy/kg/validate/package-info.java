/**
 * Reads annotation files and their articles, and checks them before anything is converted: JSON syntax, the JSON
 * Schema, and the annotations against the article text. May use {@code annotation}; no RDF.
 */
package org.vndiplomacy.kg.validate;
