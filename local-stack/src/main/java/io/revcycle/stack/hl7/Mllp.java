package io.revcycle.stack.hl7;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** An interface engine's side of MLLP: one HL7 v2 message out, its ACK back (the demo's DFT and ADT senders). */
public final class Mllp {

    /** MLLP framing: a vertical tab before the message, file separator and carriage return after it. */
    private static final int START = 0x0b;
    private static final int END = 0x1c;
    private static final int CR = 0x0d;

    private Mllp() {
    }

    /** Sends one message and returns its ACK's MSA-1 (AA, AE, AR). */
    public static String send(String host, int port, String message) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(START);
            out.write(message.getBytes(StandardCharsets.UTF_8));
            out.write(END);
            out.write(CR);
            out.flush();
            return acknowledgmentCode(read(socket.getInputStream()));
        }
    }

    /** MSA-1 of an ACK, or "" when it has no MSA. */
    public static String acknowledgmentCode(String ack) {
        for (String segment : ack.split("[\r\n]+")) {
            if (segment.startsWith("MSA|")) {
                String[] fields = segment.split("\\|", -1);
                return fields.length > 1 ? fields[1] : "";
            }
        }
        return "";
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        int b = in.read();
        while (b != -1 && b != START) {
            b = in.read();
        }
        for (b = in.read(); b != -1; b = in.read()) {
            if (b == END) {
                break;
            }
            message.write(b);
        }
        return message.toString(StandardCharsets.UTF_8);
    }
}
