/**
 * The TDB2 store: loading a converted dataset graph by graph in one transaction, the text index, the build stamp,
 * and the store as the Fuseki configuration describes it. May use {@code convert}, {@code validate}, {@code vocab}.
 */
package org.vndiplomacy.kg.store;
