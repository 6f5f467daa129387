package io.revcycle.events.phi;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals bytes with AES-GCM under the keyring's active key. The envelope is self-describing, so any holder of the
 * key id's key can open it after the active key has moved on (rotation):
 *
 * <pre>
 * byte 0        version, 1
 * byte 1        n, length of the key id (1..64)
 * n bytes       key id, ASCII
 * 12 bytes      nonce (random per seal)
 * rest          AES-GCM ciphertext followed by its 128-bit tag
 * </pre>
 *
 * The associated data binds an envelope to where it belongs (event type and event id): moved into another event, it
 * fails authentication like a tampered one.
 */
public final class PhiCipher {

    static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PhiKeyring keys;

    public PhiCipher(PhiKeyring keys) {
        this.keys = keys;
    }

    public PhiKeyring keyring() {
        return keys;
    }

    public byte[] seal(byte[] plaintext, String context) {
        byte[] keyId = keys.activeKeyId().getBytes(StandardCharsets.US_ASCII);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.activeKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            sealed = cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable: " + e.getMessage(), e);
        }
        return ByteBuffer.allocate(2 + keyId.length + NONCE_BYTES + sealed.length)
                .put(VERSION).put((byte) keyId.length).put(keyId).put(nonce).put(sealed).array();
    }

    public byte[] open(byte[] envelope, String context) {
        ByteBuffer in = ByteBuffer.wrap(envelope);
        if (in.remaining() < 2 || in.get() != VERSION) {
            throw new UnreadablePhiException("sealed PHI: unknown envelope version");
        }
        int idLength = in.get() & 0xff;
        if (idLength == 0 || in.remaining() < idLength + NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadablePhiException("sealed PHI: truncated envelope");
        }
        byte[] id = new byte[idLength];
        in.get(id);
        String keyId = new String(id, StandardCharsets.US_ASCII);
        SecretKey key = keys.key(keyId).orElseThrow(() -> new UnreadablePhiException(
                "sealed PHI: key id " + printable(keyId) + " is not configured here (revcycle.phi.keys)"));
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(envelope, in.position(), in.remaining());
        } catch (AEADBadTagException e) {
            throw new UnreadablePhiException("sealed PHI: authentication failed under key id " + keyId
                    + " (tampered, moved from another event, or a different key under the same id)");
        } catch (GeneralSecurityException e) {
            throw new UnreadablePhiException("sealed PHI: cannot be opened under key id " + keyId + ": "
                    + e.getClass().getSimpleName());
        }
    }

    /** The key id of an envelope (for operators: which key a record needs), without opening it. */
    public static String keyIdOf(byte[] envelope) {
        if (envelope.length < 2 || envelope[0] != VERSION || envelope.length < 2 + (envelope[1] & 0xff)) {
            throw new UnreadablePhiException("sealed PHI: unknown envelope version");
        }
        return new String(envelope, 2, envelope[1] & 0xff, StandardCharsets.US_ASCII);
    }

    private static String printable(String keyId) {
        return keyId.matches("[A-Za-z0-9._-]{1,64}") ? keyId : "(unprintable)";
    }
}
