package io.wharf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven packaged into the jar; unknown when run from classes, as in tests. */
final class VersionProvider implements IVersionProvider {
    private static final String POM_PROPERTIES = "/META-INF/maven/io.wharf/wharf-cli/pom.properties";

    @Override
    public String[] getVersion() throws IOException {
        try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return new String[] {"wharf (development build)"};
            }
            Properties pom = new Properties();
            pom.load(in);
            return new String[] {"wharf " + pom.getProperty("version", "(unknown version)")};
        }
    }
}
