/**
 * The benchmark harness: runs the project's commands and the tools they are compared with as child processes on one
 * generated corpus, serves SPARQL load to the servers, and writes the figures. Uses the JDK and Jackson only, never
 * the project's convert or store packages: the project is measured as a black box, through its jar.
 */
package org.vndiplomacy.kg.bench;
