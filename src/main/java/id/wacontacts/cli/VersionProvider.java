package id.wacontacts.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar's manifest carries ("development" when run from classes). */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"WA Contacts " + version()};
    }
}
