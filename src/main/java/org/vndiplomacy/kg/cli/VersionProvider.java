package org.vndiplomacy.kg.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or {@code dev} when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = MainCommand.class.getPackage().getImplementationVersion();
        return new String[] {"vn-diplomacy-kg " + (version == null ? "dev" : version)};
    }
}
