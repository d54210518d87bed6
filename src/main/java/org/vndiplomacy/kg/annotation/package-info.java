/**
 * The annotation format: Jackson records of one article's curated or extracted annotations, and pure helpers
 * over them (Vietnamese numbers, key folding, dates). No I/O, no Jena.
 */
package org.vndiplomacy.kg.annotation;
