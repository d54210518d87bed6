/**
 * Synthetic corpora for benchmarks and scale tests: Vietnamese news-style articles made from sentence templates,
 * each with its annotation file, deterministic for a seed. May use {@code annotation} and {@code vocab}.
 */
package org.vndiplomacy.kg.corpus;
