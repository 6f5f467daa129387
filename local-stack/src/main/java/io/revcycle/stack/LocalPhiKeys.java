package io.revcycle.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The PHI key of a local stack (docs/phi-protection.md): one random AES-256 key per working directory, in
 * {@code phi-keys} (owner-only), so events kept by a reused broker ({@code ./revcycle up}) still open after a restart.
 * The value has the {@code revcycle.phi.keys} format; a cluster gets it from a Secret instead.
 */
final class LocalPhiKeys {

    static final String FILE = "phi-keys";

    private LocalPhiKeys() {
    }

    static String of(Path workDir) {
        Path file = workDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(workDir);
                Path tmp = Files.createTempFile(workDir, FILE, ".tmp");
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the working directory's own permissions apply
                }
                Files.writeString(tmp, "local-1:" + Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the local PHI key in " + workDir, e);
        }
    }
}
