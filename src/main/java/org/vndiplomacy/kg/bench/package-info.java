/**
 * The benchmark harness: runs the project's commands and the tools they are compared with as child processes on one
 * generated corpus, serves SPARQL load to the servers, and writes the figures; and the load test ({@code loadtest}),
 * which loads a server of the project with every kind of request and watches its memory. Uses the JDK and Jackson
 * only, never the project's convert or store packages: the project is measured as a black box, through its jar.
 */
package org.vndiplomacy.kg.bench;
