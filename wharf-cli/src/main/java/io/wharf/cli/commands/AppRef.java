package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An app named as SYSTEM/APP on the command line. Whether the names are valid is the server's to say. */
public record AppRef(String system, String app) {
    public static AppRef parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1 || text.indexOf('/', slash + 1) >= 0) {
            throw new TypeConversionException("expected SYSTEM/APP, such as demo/hello, but was '" + text + "'");
        }
        return new AppRef(text.substring(0, slash), text.substring(slash + 1));
    }

    public String path() {
        return ApiPaths.app(system, app);
    }

    @Override
    public String toString() {
        return system + "/" + app;
    }

    /** Lets picocli read SYSTEM/APP parameters. */
    public static final class Converter implements ITypeConverter<AppRef> {
        @Override
        public AppRef convert(String value) {
            return parse(value);
        }
    }
}
