package io.revcycle.events.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The envelope: round trip, key ids, tampering and rotation, with seeded keys (no PHI, no real keys). */
class PhiCipherTest {

    private static final Random SEEDED = new Random(14);
    private static final String K1 = key();
    private static final String K2 = key();
    private static final byte[] PLAIN = "NM1*IL*1*DOE*JANE****MI*MBR123456~DMG*D8*19800214*F~"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void shouldOpenWhatItSealedAndHideThePlaintext() {
        PhiCipher cipher = new PhiCipher(PhiKeyring.parse("k1:" + K1, Optional.empty()));

        byte[] sealed = cipher.seal(PLAIN, "ctx/1");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("DOE", "MBR123456", "19800214");
        assertThat(PhiCipher.keyIdOf(sealed)).isEqualTo("k1");
        assertThat(cipher.open(sealed, "ctx/1")).isEqualTo(PLAIN);
        assertThat(cipher.seal(PLAIN, "ctx/1")).as("a fresh nonce per seal").isNotEqualTo(sealed);
    }

    @Test
    void shouldRejectAnEnvelopeUnderAKeyIdItDoesNotHold() {
        byte[] sealed = new PhiCipher(PhiKeyring.parse("k9:" + K1, Optional.empty())).seal(PLAIN, "ctx/1");
        PhiCipher other = new PhiCipher(PhiKeyring.parse("k1:" + K1, Optional.empty()));

        assertThatThrownBy(() -> other.open(sealed, "ctx/1")).isInstanceOf(UnreadablePhiException.class)
                .hasMessageContaining("key id k9 is not configured");
    }

    @Test
    void shouldRejectATamperedTagCiphertextOrContext() {
        PhiCipher cipher = new PhiCipher(PhiKeyring.parse("k1:" + K1, Optional.empty()));
        byte[] sealed = cipher.seal(PLAIN, "ctx/1");
        byte[] tag = sealed.clone();
        tag[tag.length - 1] ^= 0x01;
        byte[] body = sealed.clone();
        body[2 + 2 + 12] ^= 0x40;

        assertThatThrownBy(() -> cipher.open(tag, "ctx/1")).isInstanceOf(UnreadablePhiException.class)
                .hasMessageContaining("authentication failed");
        assertThatThrownBy(() -> cipher.open(body, "ctx/1")).isInstanceOf(UnreadablePhiException.class)
                .hasMessageContaining("authentication failed");
        assertThatThrownBy(() -> cipher.open(sealed, "ctx/2")).as("moved into another event")
                .isInstanceOf(UnreadablePhiException.class).hasMessageContaining("authentication failed");
        assertThatThrownBy(() -> cipher.open(java.util.Arrays.copyOf(sealed, 20), "ctx/1"))
                .isInstanceOf(UnreadablePhiException.class).hasMessageContaining("truncated");
    }

    @Test
    void shouldRejectADifferentKeyUnderTheSameId() {
        byte[] sealed = new PhiCipher(PhiKeyring.parse("k1:" + K1, Optional.empty())).seal(PLAIN, "ctx/1");
        PhiCipher impostor = new PhiCipher(PhiKeyring.parse("k1:" + K2, Optional.empty()));

        assertThatThrownBy(() -> impostor.open(sealed, "ctx/1")).isInstanceOf(UnreadablePhiException.class)
                .hasMessageContaining("authentication failed");
    }

    @Test
    void shouldSealWithTheNewKeyAndStillOpenTheOldOnesAfterARotation() {
        PhiCipher before = new PhiCipher(PhiKeyring.parse("k1:" + K1, Optional.empty()));
        byte[] old = before.seal(PLAIN, "ctx/1");
        // rotation step 1: every holder gets k2 as well, still sealing with k1; step 2: k2 becomes active
        PhiCipher after = new PhiCipher(PhiKeyring.parse("k1:" + K1 + ", k2:" + K2, Optional.of("k2")));

        byte[] fresh = after.seal(PLAIN, "ctx/1");

        assertThat(PhiCipher.keyIdOf(fresh)).isEqualTo("k2");
        assertThat(after.open(old, "ctx/1")).isEqualTo(PLAIN);
        assertThat(after.open(fresh, "ctx/1")).isEqualTo(PLAIN);
        // step 3, once nothing sealed with k1 is retained: k1 is removed, and its envelopes are refused clearly
        PhiCipher retired = new PhiCipher(PhiKeyring.parse("k2:" + K2, Optional.empty()));
        assertThatThrownBy(() -> retired.open(old, "ctx/1")).hasMessageContaining("key id k1 is not configured");
    }

    @Test
    void shouldRefuseBadKeyConfigurationWithoutQuotingKeyMaterial() {
        assertThatThrownBy(() -> PhiKeyring.parse("k1:" + K1, Optional.of("k2")))
                .hasMessageContaining("active PHI key id k2 is not among");
        assertThatThrownBy(() -> PhiKeyring.parse("k1:c2hvcnQ=", Optional.empty()))
                .hasMessageContaining("must be 128, 192 or 256 bits").hasMessageNotContaining("c2hvcnQ");
        assertThatThrownBy(() -> PhiKeyring.parse("k1:" + K1 + ",k1:" + K2, Optional.empty()))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> PhiKeyring.parse("", Optional.empty())).hasMessageContaining("no PHI key");
    }

    private static String key() {
        byte[] k = new byte[32];
        SEEDED.nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }
}
