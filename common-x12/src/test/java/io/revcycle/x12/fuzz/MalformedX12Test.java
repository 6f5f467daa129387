package io.revcycle.x12.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.fuzz.MalformedX12.Kind;
import io.revcycle.x12.fuzz.MalformedX12.Mutant;
import io.revcycle.x12.validate.Finding;

/**
 * The shared generator of the X12 bad-input sweep on the files the services take: every mutant is named, repeatable
 * and really malformed (common-x12 finds an error in it), which is what lets the services' sweeps expect a refusal
 * for each one.
 */
class MalformedX12Test {

    static byte[] example(String name) throws IOException {
        try (InputStream in = MalformedX12Test.class.getResourceAsStream("/io/revcycle/x12/examples/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "837-005010X222A1.x12", "837-005010X223A2.x12", "835-005010X221A1.x12",
            "271-005010X279A1.x12", "999-005010X231A1.x12", "277-005010X214.x12" })
    void shouldGiveTheSameNamedMutantsOfEveryKindForASeed(String file) throws IOException {
        byte[] valid = example(file);
        List<Mutant> mutants = MalformedX12.mutants(valid, 19);

        assertThat(mutants).extracting(Mutant::name).doesNotHaveDuplicates();
        assertThat(mutants).extracting(Mutant::name)
                .containsExactlyElementsOf(MalformedX12.mutants(valid, 19).stream().map(Mutant::name).toList());
        assertThat(mutants).extracting(Mutant::text).doesNotHaveDuplicates().doesNotContain(new String(valid,
                java.nio.charset.StandardCharsets.ISO_8859_1));
        Set<Kind> kinds = mutants.stream().map(Mutant::kind).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Kind.class)));
        Set<Kind> expected = EnumSet.allOf(Kind.class);
        if (file.startsWith("999") || file.startsWith("271")) {
            expected.remove(Kind.AMOUNTS); // the seeds carry no amount
        }
        assertThat(kinds).containsAll(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "837-005010X222A1.x12", "837-005010X223A2.x12", "835-005010X221A1.x12",
            "271-005010X279A1.x12", "999-005010X231A1.x12", "277-005010X214.x12" })
    void shouldMakeOnlyMutantsCommonX12FindAnErrorIn(String file) throws IOException {
        List<String> unnoticed = new ArrayList<>();
        for (Mutant m : MalformedX12.mutants(example(file), 19)) {
            if (X12Toolkit.validate(m.bytes()).stream().noneMatch(Finding::isError)) {
                unnoticed.add(m.name());
            }
        }
        assertThat(unnoticed).as("mutants of %s without an error finding", file).isEmpty();
    }
}
