package io.revcycle.edi.outbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.revcycle.edi.EdiConfig;
import io.revcycle.edi.EdiFile;

/**
 * Writes sent files into the outbound directory (the clearinghouse's drop folder) after their transaction
 * committed: temp file then atomic rename, so a partner never picks up half a file; named by file id, so a second
 * write after a crash overwrites the same bytes.
 */
@ApplicationScoped
public class EdiDirectoryDrop {

    private static final Logger LOG = Logger.getLogger(EdiDirectoryDrop.class);

    private final EdiConfig config;

    public EdiDirectoryDrop(EdiConfig config) {
        this.config = config;
    }

    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void drop() {
        if (config.outboundDir().isEmpty()) {
            return;
        }
        Path dir = config.outboundDir().get();
        List<EdiFile> files = EdiFile.find("direction = ?1 and droppedAt is null order by createdAt", EdiFile.OUT)
                .page(0, 100).list();
        if (files.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(dir);
            for (EdiFile f : files) {
                Path tmp = dir.resolve("." + f.fileName + ".tmp");
                Files.write(tmp, f.content);
                Files.move(tmp, dir.resolve(f.fileName), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                f.droppedAt = Instant.now();
            }
        } catch (IOException e) {
            // the rows stay undropped and are written on a later run
            LOG.warnf("cannot write to the outbound EDI directory %s: %s", dir, e.getMessage());
            throw new UncheckedIOException(e);
        }
    }
}
