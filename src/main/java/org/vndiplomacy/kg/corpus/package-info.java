/**
 * Synthetic corpora for benchmarks and scale tests: Vietnamese news-style articles made from sentence templates,
 * each with its annotation file, deterministic for a seed. May use {@code annotation}, {@code vocab} and
 * {@code extract} (the gazetteer's tables of provinces and foreign places, read by {@code GazetteerReader}).
 */
package org.vndiplomacy.kg.corpus;
