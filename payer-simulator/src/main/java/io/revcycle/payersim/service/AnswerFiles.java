package io.revcycle.payersim.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.edi.EdiFile;
import io.revcycle.edi.EdiInspector;
import io.revcycle.edi.outbound.EdiOutbound;
import io.revcycle.events.Topics;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.validate.Finding;

/**
 * Sends the simulator's answer files (999, 277CA, 835) to the provider on {@link Topics#EDI_FROM_PAYER}, in the
 * caller's transaction. Every file is validated first: a file the simulator wrote that common-x12 finds any problem
 * in is a bug here, so it throws and the transaction (and the state that produced the file) rolls back.
 */
@ApplicationScoped
public class AnswerFiles {

    private final EdiOutbound outbound;

    public AnswerFiles(EdiOutbound outbound) {
        this.outbound = outbound;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EdiFile send(byte[] content) {
        List<Finding> findings = X12Toolkit.validate(content);
        if (!findings.isEmpty()) {
            throw new IllegalStateException("the payer simulator wrote a file that does not validate:\n"
                    + EdiInspector.describe(findings));
        }
        return outbound.send(Topics.EDI_FROM_PAYER, content);
    }
}
