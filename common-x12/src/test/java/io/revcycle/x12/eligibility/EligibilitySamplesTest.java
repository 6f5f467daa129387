package io.revcycle.x12.eligibility;

import io.revcycle.x12.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.SnipLevel;

/** The public 270/271 samples read into typed records; write(read(file)) reads back equal. */
class EligibilitySamplesTest {

    static <T> TypedResult<T> readAndRoundTrip(Path file, Class<T> type) {
        TypedResult<T> read = X12Toolkit.readTyped(SampleFiles.read(file), type);
        read.findings().forEach(f -> System.out.println(file.getFileName() + ": " + f));
        assertThat(read.values()).as(file.toString()).isNotEmpty();
        byte[] written = X12Toolkit.writeTyped(read.values(), EligibilityRoundTripTest.ENVELOPE,
                ControlNumbers.startingAt(1), Delimiters.DEFAULT);
        TypedResult<T> again = X12Toolkit.readTyped(written, type);
        assertThat(again.values()).as(file.toString()).isEqualTo(read.values());
        return read;
    }

    static List<Finding> syntax(TypedResult<?> r) {
        return r.findings().stream().filter(f -> f.level() == SnipLevel.SYNTAX).toList();
    }

    @Test
    void shouldRead270SampleWithNoFinding() {
        for (Path file : SampleFiles.matching("lfh__270_")) {
            TypedResult<EligibilityInquiry270> r = readAndRoundTrip(file, EligibilityInquiry270.class);
            assertThat(r.findings()).as(file.toString()).isEmpty();
            EligibilityInquiry270 v = r.values().get(0);
            Member270 subscriber = v.sources().get(0).receivers().get(0).subscribers().get(0).subscriber();
            assertThat(subscriber.name().lastOrOrganizationName()).isEqualTo("SMITH");
            assertThat(subscriber.inquiries()).singleElement()
                    .satisfies(q -> assertThat(q.serviceTypes()).containsExactly("30"));
            assertThat(subscriber.traces()).singleElement().satisfies(t -> assertThat(t.typeCode()).isEqualTo("1"));
        }
    }

    @Test
    void shouldRead271SamplesWithBenefitsAndRejections() {
        for (Path file : SampleFiles.matching("lfh__271_")) {
            TypedResult<EligibilityResponse271> r = readAndRoundTrip(file, EligibilityResponse271.class);
            Receiver271 receiver = r.values().get(0).sources().get(0).receivers().get(0);
            if (file.getFileName().toString().contains("-error")) {
                // the sample's SE02 (4323) does not match its ST02 (4321): a true SNIP 1 error of the file
                assertThat(syntax(r)).as(file.toString()).singleElement()
                        .satisfies(f -> {
                            assertThat(f.code()).isEqualTo("TRANSACTION_CONTROL_NUMBER_MISMATCH");
                            assertThat(f.location().segmentId()).isEqualTo("SE");
                            assertThat(f.location().elementPosition()).isEqualTo(2);
                        });
                assertThat(r.findings()).as(file.toString()).hasSize(1);
                assertThat(receiver.rejections()).singleElement()
                        .isEqualTo(new Rejection(true, "50", "N"));
                assertThat(receiver.subscribers()).isEmpty();
            } else {
                assertThat(r.findings()).as(file.toString()).isEmpty();
                Member271 subscriber = receiver.subscribers().get(0).subscriber();
                assertThat(subscriber.benefits()).hasSize(5);
                Benefit copay = subscriber.benefits().get(3);
                assertThat(copay.infoCode()).isEqualTo("B");
                assertThat(copay.serviceTypes()).hasSize(10).startsWith("1", "33");
                assertThat(copay.timePeriod()).isEqualTo("27");
                assertThat(copay.amount()).isEqualByComparingTo("10.00");
                assertThat(copay.inNetwork()).isEqualTo("Y");
                assertThat(subscriber.benefits().get(1).relatedEntities()).singleElement()
                        .satisfies(e -> assertThat(e.name().entityCode()).isEqualTo("P3"));
            }
        }
    }
}
