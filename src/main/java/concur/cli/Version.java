package concur.cli;

import picocli.CommandLine.IVersionProvider;

/** The version, from the jar's manifest when there is one. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"concur " + (version == null ? "(development build)" : version)
                + " on Java " + Runtime.version()};
    }
}
