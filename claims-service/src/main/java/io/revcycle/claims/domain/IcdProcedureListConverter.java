package io.revcycle.claims.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** ICD-10-PCS procedures as one column, {@code CODE:YYYY-MM-DD} comma-separated: PCS codes are 7 letters/digits. */
@Converter
public class IcdProcedureListConverter implements AttributeConverter<List<IcdProcedure>, String> {

    @Override
    public String convertToDatabaseColumn(List<IcdProcedure> procedures) {
        return procedures == null ? "" : procedures.stream().map(p -> p.code() + ":" + p.performedDate())
                .collect(Collectors.joining(","));
    }

    @Override
    public List<IcdProcedure> convertToEntityAttribute(String column) {
        List<IcdProcedure> procedures = new ArrayList<>();
        if (column != null && !column.isEmpty()) {
            for (String entry : column.split(",")) {
                int colon = entry.indexOf(':');
                procedures.add(new IcdProcedure(entry.substring(0, colon), LocalDate.parse(entry.substring(colon + 1))));
            }
        }
        return procedures;
    }
}
