package io.revcycle.hl7;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.llp.MinLLPReader;
import ca.uhn.hl7v2.llp.MinLLPWriter;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * HL7 v2 over MLLP (the framing interface engines speak: 0x0B, message, 0x1C 0x0D), HAPI's framing: each message on a
 * connection is answered with its ACK before the next is read, so an engine that waits for the ACK keeps its order.
 */
@ApplicationScoped
public class MllpListener {

    private static final Logger LOG = Logger.getLogger(MllpListener.class);

    private final Hl7Intake intake;
    private final Hl7Config.Mllp config;
    private ServerSocket server;
    private ExecutorService connections;

    public MllpListener(Hl7Intake intake, Hl7Config config) {
        this.intake = intake;
        this.config = config.mllp();
    }

    void start(@Observes StartupEvent event) throws IOException {
        if (!config.enabled()) {
            return;
        }
        server = new ServerSocket(config.port(), 50, InetAddress.getByName(config.host()));
        connections = Executors.newFixedThreadPool(config.connections(), r -> {
            Thread t = new Thread(r, "hl7-mllp");
            t.setDaemon(true);
            return t;
        });
        Thread acceptor = new Thread(this::accept, "hl7-mllp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.infof("HL7 MLLP listener on %s:%d", config.host(), server.getLocalPort());
    }

    /** The bound port (0 when the listener is off). */
    public int port() {
        return server == null ? 0 : server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warnf("HL7 MLLP accept failed: %s", e.toString());
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            MinLLPReader reader = new MinLLPReader(socket.getInputStream(), StandardCharsets.UTF_8);
            MinLLPWriter writer = new MinLLPWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            String message;
            while ((message = reader.getMessage()) != null) {
                writer.writeMessage(intake.receive(message));
            }
        } catch (SocketException e) {
            LOG.debugf("HL7 MLLP connection closed: %s", e.getMessage());
        } catch (IOException | LLPException | RuntimeException e) {
            LOG.warnf("HL7 MLLP connection from %s dropped: %s", socket.getRemoteSocketAddress(), e.toString());
        }
    }

    void stop(@Observes ShutdownEvent event) throws IOException {
        if (server != null) {
            server.close();
            connections.shutdownNow();
        }
    }
}
