package io.revcycle.edi.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.revcycle.edi.EdiConfig;
import io.revcycle.edi.EdiOrigin;
import io.revcycle.edi.IntakeResult;

/**
 * Watches the inbound directory. A file is taken once its size stayed the same for one poll (a partner may still be
 * writing it), then moved to processed/, rejected/ (with NAME.findings.txt) or duplicates/. A crash between the take
 * and the move leaves the file in place; the next poll finds it taken and files it under duplicates/.
 */
@ApplicationScoped
public class EdiInboundDirectory {

    private static final Logger LOG = Logger.getLogger(EdiInboundDirectory.class);

    private final EdiConfig config;
    private final EdiIntake intake;
    private final Map<Path, Long> lastSizes = new HashMap<>();

    public EdiInboundDirectory(EdiConfig config, EdiIntake intake) {
        this.config = config;
        this.intake = intake;
    }

    @Scheduled(every = "${revcycle.edi.inbound-poll:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (config.inboundDir().isEmpty()) {
            return;
        }
        Path dir = config.inboundDir().get();
        try {
            Files.createDirectories(dir); // there to drop files into from the first poll on
        } catch (IOException e) {
            LOG.warnf("cannot create the inbound EDI directory %s: %s", dir, e.getMessage());
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.warnf("cannot list the inbound EDI directory %s: %s", dir, e.getMessage());
            return;
        }
        lastSizes.keySet().retainAll(files);
        for (Path f : files) {
            try {
                long size = Files.size(f);
                Long before = lastSizes.put(f, size);
                if (before == null || before != size) {
                    continue;
                }
                take(dir, f);
                lastSizes.remove(f);
            } catch (IOException e) {
                LOG.warnf("cannot take %s from the inbound EDI directory: %s", f.getFileName(), e.getMessage());
            } catch (RuntimeException e) {
                // the database or a handler failed: the file stays and is tried again on the next poll
                LOG.warnf("taking %s failed, will retry: %s", f.getFileName(), e.toString());
            }
        }
    }

    private void take(Path dir, Path f) throws IOException {
        IntakeResult r = intake.receive(Files.readAllBytes(f), f.getFileName().toString(), EdiOrigin.DIRECTORY);
        String folder = switch (r.status()) {
            case IntakeResult.REJECTED -> "rejected";
            case IntakeResult.DUPLICATE -> "duplicates";
            default -> "processed";
        };
        Path target = dir.resolve(folder);
        Files.createDirectories(target);
        if (IntakeResult.REJECTED.equals(r.status())) {
            Files.writeString(target.resolve(f.getFileName() + ".findings.txt"),
                    "file " + r.fileId() + " rejected:\n" + String.join("\n", r.findings()) + "\n",
                    StandardCharsets.UTF_8);
        }
        Files.move(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
