/**
 * The HTTP server: Fuseki main configured from {@code fuseki-config/}, with the query UI and the update endpoint
 * behind a password. May use {@code store}, {@code convert}, {@code vocab}.
 */
package org.vndiplomacy.kg.server;
