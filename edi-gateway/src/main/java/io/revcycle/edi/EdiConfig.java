package io.revcycle.edi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where a service's X12 files come from and go to. Every part is optional: a service enables what it uses. */
@ConfigMapping(prefix = "revcycle.edi")
public interface EdiConfig {

    /** Raw-EDI topic whose files this service takes (claims and remittance: revcycle.edi.from-payer). */
    Optional<String> consumeTopic();

    /** Sent files are also written here (the clearinghouse's SFTP drop), named by file id, atomically. */
    Optional<Path> outboundDir();

    /** Watched: files put here are taken once and moved to processed/, rejected/ or duplicates/ beside them. */
    Optional<Path> inboundDir();

    /**
     * Where an inbound file goes when no handler of this service owns its type (directory and upload intake):
     * republished on this topic so the owning service takes it from there.
     */
    Optional<String> forwardTopic();

    @WithDefault("1s")
    Duration inboundPoll();

    /** Larger files are refused: the bytes travel inside one Kafka record on the EDI topics. */
    @WithDefault("16777216")
    int maxFileBytes();
}
