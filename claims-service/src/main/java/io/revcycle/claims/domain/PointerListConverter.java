package io.revcycle.claims.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Diagnosis pointers (1-based positions) as one comma-separated column. */
@Converter
public class PointerListConverter implements AttributeConverter<List<Integer>, String> {

    @Override
    public String convertToDatabaseColumn(List<Integer> pointers) {
        return pointers == null ? "" : pointers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public List<Integer> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of()
                : Arrays.stream(column.split(",")).map(Integer::valueOf).toList();
    }
}
