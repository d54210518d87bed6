/**
 * The command line: one class per command, exit codes 0 ok, 1 I/O, 2 invalid input, 4 internal error. May use
 * every other package.
 */
package org.vndiplomacy.kg.cli;
