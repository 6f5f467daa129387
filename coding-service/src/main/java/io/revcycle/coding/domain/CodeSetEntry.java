package io.revcycle.coding.domain;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of the curated code content (seeded by migration, read-only at runtime). */
@Entity
@Immutable
@Table(name = "code_set")
public class CodeSetEntry extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    /** Null for CPT codes and modifiers: AMA descriptors are not shipped. */
    public String description;

    @Column(nullable = false)
    public boolean billable;

    @Column(name = "source_release", nullable = false)
    public String sourceRelease;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "code_system")
        public String codeSystem;

        public String code;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(codeSystem, k.codeSystem) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(codeSystem, code);
        }
    }
}
