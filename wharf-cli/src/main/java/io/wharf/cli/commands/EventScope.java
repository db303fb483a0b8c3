package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code SYSTEM} or {@code SYSTEM/APP}: whose events to show. */
record EventScope(String system, String app) {
    static EventScope parse(String text) {
        if (text.indexOf('/') < 0) {
            if (text.isBlank()) {
                throw new TypeConversionException("expected SYSTEM or SYSTEM/APP, such as demo or demo/hello");
            }
            return new EventScope(text, null);
        }
        AppRef ref = AppRef.parse(text);
        return new EventScope(ref.system(), ref.app());
    }

    boolean wholeSystem() {
        return app == null;
    }

    String path() {
        return ApiPaths.events(system, app);
    }

    @Override
    public String toString() {
        return wholeSystem() ? "system " + system : "app " + system + "/" + app;
    }

    static final class Converter implements ITypeConverter<EventScope> {
        @Override
        public EventScope convert(String value) {
            return parse(value);
        }
    }
}
