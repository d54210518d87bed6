/**
 * The conversion sharded on Apache Spark: annotation files to N-Quads shards with the project's own converter, then
 * the derived graph in a small reduce step. Spark is provided by whoever runs it (it is not in the jar). May use
 * {@code annotation}, {@code validate}, {@code vocab}, {@code convert}.
 */
package org.vndiplomacy.kg.spark;
