package io.revcycle.edi.outbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.revcycle.edi.EdiConfig;
import io.revcycle.edi.EdiFile;

/**
 * Writes sent files into the outbound directory (the clearinghouse's drop folder) after their transaction
 * committed: temp file then atomic rename, so a partner never picks up half a file; named by file id, so a second
 * write after a crash overwrites the same bytes. {@link EdiOutbound} wakes it when a sending transaction commits, so
 * the folder copy is there as the topic copy leaves (a payer's answer can come back within a second, before a
 * poll would run); the poll every second only catches up after a crash or a failed write.
 */
@ApplicationScoped
public class EdiDirectoryDrop {

    private static final Logger LOG = Logger.getLogger(EdiDirectoryDrop.class);

    private final EdiConfig config;
    /** One writer at a time, woken or polled: two would write the same rows twice. */
    private final Object writing = new Object();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "edi-directory-drop");
        t.setDaemon(true);
        return t;
    });

    public EdiDirectoryDrop(EdiConfig config) {
        this.config = config;
    }

    /** After a sending transaction committed: drop its files now (coalesced: one run covers every wake before it). */
    void wakeUp() {
        if (config.outboundDir().isPresent() && wakeQueued.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakeQueued.set(false); // a wake from now on runs again, after this run
                dropLogged();
            });
        }
    }

    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        dropLogged();
    }

    private void dropLogged() {
        try {
            drop();
        } catch (UncheckedIOException e) {
            // the rows stay undropped and are written on a later run
            LOG.warnf("cannot write to the outbound EDI directory %s: %s", config.outboundDir().orElse(null),
                    e.getCause().getMessage());
        } catch (RuntimeException e) {
            LOG.warnf("outbound EDI files not dropped this time (the next poll retries): %s", e.toString());
        }
    }

    void drop() {
        if (config.outboundDir().isEmpty()) {
            return;
        }
        Path dir = config.outboundDir().get();
        synchronized (writing) {
            QuarkusTransaction.requiringNew().run(() -> {
                List<EdiFile> files = EdiFile.find("direction = ?1 and droppedAt is null order by createdAt",
                        EdiFile.OUT).page(0, 100).list();
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
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        waker.shutdownNow();
    }
}
