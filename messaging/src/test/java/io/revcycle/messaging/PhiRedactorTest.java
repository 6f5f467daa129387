package io.revcycle.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.logging.Level;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.revcycle.messaging.logging.PhiRedactingFilter;
import io.revcycle.messaging.logging.PhiRedactor;

class PhiRedactorTest {

    @Test
    void shouldRedactKeyValuesFailingRowsBoundParametersAndX12PersonSegments() {
        assertThat(PhiRedactor.redact("ERROR: duplicate key value violates unique constraint \"coverage_member\"\n"
                + "  Detail: Key (payer_id, member_id)=(P1, MBR-1234) already exists."))
                .isEqualTo("ERROR: duplicate key value violates unique constraint \"coverage_member\"\n"
                        + "  Detail: Key (payer_id, member_id)=(<redacted>) already exists.");
        assertThat(PhiRedactor.redact("Detail: Failing row contains (7, Jane, null, 1961-03-09)."))
                .isEqualTo("Detail: Failing row contains (<redacted>).");
        assertThat(PhiRedactor.redact("binding parameter (1:VARCHAR) <- [Doe]"))
                .isEqualTo("binding parameter (1:VARCHAR) <- [<redacted>]");
        // as pgjdbc words a JDBC batch's failed entry (Hibernate logs it on a deadlock)
        assertThat(PhiRedactor.redact("Batch entry 3 insert into claim (patient_last_name,patient_first_name,id) "
                + "values (('Demoson'),('Ada'),('CLM-9')) was aborted: ERROR: deadlock detected  Call getNextException"))
                .isEqualTo("Batch entry 3 <redacted> was aborted: ERROR: deadlock detected  Call getNextException");
        assertThat(PhiRedactor.redact("bad segment NM1*QC*1*DOE*JANE~DMG*D8*19610309*F~CLM*PCN1*100~"))
                .isEqualTo("bad segment NM1*<redacted>~DMG*<redacted>~CLM*PCN1*100~");
    }

    @Test
    void shouldLeaveTextWithoutPhiAsItIs() {
        String plain = "claim CLM-1 of encounter ENC-9 sent in 837 file S-000000001-837P";
        assertThat(PhiRedactor.redact(plain)).isSameAs(plain);
    }

    @Test
    void shouldRedactTheLoggedCauseChainButKeepTypesAndStackTraces() {
        SQLException sql = new SQLException("ERROR: duplicate key\n  Detail: Key (member_id)=(MBR-55) already exists.");
        IllegalStateException thrown = new IllegalStateException("could not store", sql);
        ExtLogRecord record = new ExtLogRecord(Level.SEVERE, "coverage %s for %s", ExtLogRecord.FormatStyle.PRINTF,
                getClass().getName());
        record.setParameters(new Object[] { "COV-1", "NM1*IL*1*DOE*JANE~" });
        record.setThrown(thrown);

        assertThat(new PhiRedactingFilter().isLoggable(record)).isTrue();

        assertThat(record.getFormattedMessage()).isEqualTo("coverage COV-1 for NM1*<redacted>~");
        Throwable logged = record.getThrown();
        assertThat(logged.toString()).isEqualTo("java.lang.IllegalStateException: could not store");
        assertThat(logged.getStackTrace()).isEqualTo(thrown.getStackTrace());
        assertThat(logged.getCause().toString()).isEqualTo(
                "java.sql.SQLException: ERROR: duplicate key\n  Detail: Key (member_id)=(<redacted>) already exists.");
        assertThat(sql.getMessage()).as("the application's exception is untouched").contains("MBR-55");
    }
}
