package io.revcycle.x12.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-written 999 interchanges for reader tests. */
public final class Fixtures {

    public static final String ISA = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       "
            + "*240101*1200*^*00501*000000001*0*T*:~\n";

    /** A valid 999 body (between ST and SE): one accepted 837. */
    public static final String ACK_BODY = "AK1*HC*17456*005010X222A1~\nAK2*837*0001*005010X222A1~\nIK5*A~\n"
            + "AK9*A*1*1*1~\n";

    private Fixtures() {
    }

    /** ISA/GS/ST + body + SE (with the right count)/GE/IEA. */
    public static String interchange999(String body) {
        int segments = body.split("~", -1).length - 1 + 2;
        return ISA + "GS*FA*SENDER*RECEIVER*20240101*1200*1*X*005010X231A1~\nST*999*0001*005010X231A1~\n" + body
                + "SE*" + segments + "*0001~\nGE*1*1~\nIEA*1*000000001~\n";
    }

    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code <repo root>/../shared/samples/x12}, or null when absent. */
    public static Path samples() {
        return io.revcycle.x12.SampleFiles.folderIfPresent();
    }
}
