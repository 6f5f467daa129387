package io.revcycle.claims.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Short code lists (ICD-10, modifiers, RARCs) as one comma-separated column: codes never contain commas. */
@Converter
public class CodeListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }
}
