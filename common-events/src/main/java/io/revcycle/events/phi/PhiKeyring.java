package io.revcycle.events.phi;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES keys a service holds, by key id, and the one it seals with. Configured as one value
 * ({@code revcycle.phi.keys}, env {@code REVCYCLE_PHI_KEYS}): {@code id:base64key[,id:base64key...]}, so a
 * Kubernetes Secret maps to one environment variable and a rotation is one edit. Sealing uses
 * {@code revcycle.phi.active-key-id}, else the first listed key; opening uses any listed key.
 */
public final class PhiKeyring {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String activeKeyId;
    private final Map<String, SecretKey> keys;

    private PhiKeyring(String activeKeyId, Map<String, SecretKey> keys) {
        this.activeKeyId = activeKeyId;
        this.keys = Collections.unmodifiableMap(keys);
    }

    /** Parses the configured value; the messages name the entry's position or id, never key material. */
    public static PhiKeyring parse(String keyList, Optional<String> activeKeyId) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String[] entries = keyList == null ? new String[0] : keyList.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("PHI key entry " + (i + 1) + " is not id:base64key");
            }
            String id = entry.substring(0, colon).strip();
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("PHI key entry " + (i + 1) + ": key id must be 1-64 of A-Z a-z 0-9 . _ -");
            }
            byte[] material;
            try {
                material = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("PHI key " + id + " is not base64");
            }
            if (material.length != 16 && material.length != 24 && material.length != 32) {
                throw new IllegalArgumentException("PHI key " + id + " must be 128, 192 or 256 bits, got "
                        + material.length * 8);
            }
            if (keys.put(id, new SecretKeySpec(material, "AES")) != null) {
                throw new IllegalArgumentException("PHI key id " + id + " is listed twice");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no PHI key configured");
        }
        String active = activeKeyId.filter(s -> !s.isBlank()).map(String::strip)
                .orElse(keys.keySet().iterator().next());
        if (!keys.containsKey(active)) {
            throw new IllegalArgumentException("the active PHI key id " + active + " is not among the configured keys");
        }
        return new PhiKeyring(active, keys);
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    SecretKey activeKey() {
        return keys.get(activeKeyId);
    }

    Optional<SecretKey> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    public java.util.Set<String> keyIds() {
        return keys.keySet();
    }
}
