package io.wharf.cli.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** Reads what a user hands over in a file or on standard input, as UTF-8 text, exactly as it is. */
final class LocalFiles {
    /** 1 MiB, the server's limit, and one byte more so that the server says it is too long. */
    static final int MAX_BYTES = 1024 * 1024 + 1;

    private LocalFiles() {
    }

    static String readText(Path file, String option) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(option + " " + file + " is larger than 1 MiB");
            }
            return utf8(Files.readAllBytes(file), option + " " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + option + " " + file + ": " + e.getMessage(), e);
        }
    }

    static String readText(InputStream in, String what) {
        try {
            return utf8(in.readNBytes(MAX_BYTES), what);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    /** Turns a bad local file into a usage error (exit code 2) that names it. */
    static String readOrUsageError(CommandSpec spec, java.util.function.Supplier<String> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static String utf8(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + " is not UTF-8 text");
        }
    }
}
