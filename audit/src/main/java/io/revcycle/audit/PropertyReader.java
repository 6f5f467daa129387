package io.revcycle.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.core.Response;

/** Reads a named property (record component, getter or public field) of a response body, looked up once per type. */
final class PropertyReader {

    private static final Map<String, Optional<Method>> ACCESSORS = new ConcurrentHashMap<>();
    private static final Map<String, Optional<Field>> FIELDS = new ConcurrentHashMap<>();

    private PropertyReader() {
    }

    static String read(Object body, String name) {
        Object target = body instanceof Response r ? r.getEntity() : body;
        if (target == null) {
            return null;
        }
        Class<?> type = target.getClass();
        String key = type.getName() + '#' + name;
        try {
            Optional<Method> accessor = ACCESSORS.computeIfAbsent(key, k -> accessor(type, name));
            if (accessor.isPresent()) {
                return text(accessor.get().invoke(target));
            }
            Optional<Field> field = FIELDS.computeIfAbsent(key, k -> field(type, name));
            return field.isPresent() ? text(field.get().get(target)) : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Optional<Method> accessor(Class<?> type, String name) {
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return Optional.of(c.getAccessor());
                }
            }
        }
        String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && m.getName().equals(getter)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Optional<Field> field(Class<?> type, String name) {
        try {
            Field f = type.getField(name);
            return Modifier.isStatic(f.getModifiers()) ? Optional.empty() : Optional.of(f);
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
