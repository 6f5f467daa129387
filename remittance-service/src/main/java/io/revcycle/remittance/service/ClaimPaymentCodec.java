package io.revcycle.remittance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON of a {@link ReceivedClaimPayment} as stored with its claim payment. Its own mapper, not the REST one, so that
 * the stored form never changes with the API's settings; amounts are written as their exact decimal text.
 */
public final class ClaimPaymentCodec {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private ClaimPaymentCodec() {
    }

    public static String encode(ReceivedClaimPayment payment) {
        try {
            return JSON.writeValueAsString(payment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a claim payment could not be written as JSON", e);
        }
    }

    /**
     * Equal for the same 835 payment saying the same for a claim again: SHA-256 over the payer, the payment's trace
     * number (TRN02; the file id when there is none) and the stored content.
     */
    public static String fingerprint(String payerId, String traceNumber, String fileId, String content) {
        String key = (payerId == null ? "" : payerId) + "\u001f" + (traceNumber == null ? "file:" + fileId
                : traceNumber) + "\u001f" + content;
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint the payment would have had with this content (same payer, trace number and file). */
    public static String fingerprintAs(io.revcycle.remittance.domain.ClaimPayment payment,
            ReceivedClaimPayment content) {
        return fingerprint(payment.transaction.payerId, payment.transaction.traceNumber,
                payment.transaction.file.fileId, encode(content));
    }

    public static ReceivedClaimPayment decode(String json) {
        try {
            return JSON.readValue(json, ReceivedClaimPayment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored claim payment could not be read", e);
        }
    }
}
