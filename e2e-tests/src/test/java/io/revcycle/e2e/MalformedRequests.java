package io.revcycle.e2e;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Malformed requests for one endpoint, generated from its OpenAPI operation: bodies that are not JSON or not the
 * expected shape, each property of the request schema given a value of the wrong type (a date that does not exist,
 * an enum value that is not one), path parameters no id looks like, query parameters of the wrong type, and a body
 * over the size limit. Every one is malformed whatever the rest of the request says, so each must be refused (4xx).
 */
final class MalformedRequests {

    /** One request: the path with its parameters filled in, a query string, a content type and a body (or null). */
    record Request(String variant, String path, String contentType, byte[] body) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Identifiers nothing issues: injection strings, traversal, a very long one, control characters. */
    static final List<String> BAD_IDS = List.of("'%20OR%20'1'='1", "..%2F..%2Fetc%2Fpasswd", "%00", "x".repeat(3000),
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "$%7Bjndi:ldap:%2F%2Fexample.invalid%2Fa%7D", "%E2%80%AE%0A");
    /** For a numeric path parameter only: a string id may legitimately look like these. */
    static final List<String> BAD_NUMBERS = List.of("-1", "99999999999999999999999999", "1.5", "abc");
    private static final List<String> NOT_JSON = List.of("{\"a\":", "[1,2", "nul", "{'single':'quotes'}",
            "\u0000\u0001\u0002", "<xml/>");
    private static final List<String> WRONG_SHAPE = List.of("[]", "\"text\"", "42", "true");

    private final JsonNode openApi;

    MalformedRequests(JsonNode openApi) {
        this.openApi = openApi;
    }

    List<Request> of(String method, String path, JsonNode operation) {
        List<Request> out = new ArrayList<>();
        String samplePath = fill(path, operation, null);
        // path parameters no issued id looks like
        for (JsonNode p : operation.path("parameters")) {
            if ("path".equals(p.path("in").asText())) {
                List<String> bads = new ArrayList<>(BAD_IDS);
                if (List.of("integer", "number").contains(p.path("schema").path("type").asText())) {
                    bads.addAll(BAD_NUMBERS);
                }
                for (String bad : bads) {
                    out.add(new Request("path " + p.path("name").asText() + "=" + abbreviate(bad),
                            fill(path, operation, Map.entry(p.path("name").asText(), bad)), null, null));
                }
            }
        }
        // query parameters of the wrong type
        for (JsonNode p : operation.path("parameters")) {
            if ("query".equals(p.path("in").asText())) {
                JsonNode schema = resolve(p.path("schema"));
                String bad = wrongQueryValue(schema);
                if (bad != null) {
                    out.add(new Request("query " + p.path("name").asText() + "=" + bad, samplePath + "?"
                            + p.path("name").asText() + "=" + bad, null, null));
                }
            }
        }
        JsonNode json = operation.path("requestBody").path("content").path("application/json");
        if (!json.isMissingNode() && !method.equals("GET")) {
            for (String body : NOT_JSON) {
                out.add(new Request("not JSON " + abbreviate(body), samplePath, "application/json", bytes(body)));
            }
            JsonNode schema = resolve(json.path("schema"));
            if ("object".equals(schema.path("type").asText()) || schema.has("properties")) {
                for (String body : WRONG_SHAPE) {
                    out.add(new Request("wrong shape " + body, samplePath, "application/json", bytes(body)));
                }
                ObjectNode sample = sample(schema);
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> property = it.next();
                    for (JsonNode wrong : wrongValues(resolve(property.getValue()))) {
                        ObjectNode body = sample.deepCopy();
                        body.set(property.getKey(), wrong);
                        out.add(new Request("property " + property.getKey() + "=" + abbreviate(wrong.toString()),
                                samplePath, "application/json", bytes(body.toString())));
                    }
                }
            }
            // over the body limit (quarkus.http.limits.max-body-size, 10 MB by default)
            byte[] huge = new byte[11 * 1024 * 1024];
            java.util.Arrays.fill(huge, (byte) ' ');
            huge[0] = '{';
            huge[huge.length - 1] = '}';
            out.add(new Request("11 MB body", samplePath, "application/json", huge));
        }
        return out;
    }

    /** Values no request could mean, by the property's schema; none for a free-form property. */
    private List<JsonNode> wrongValues(JsonNode schema) {
        List<JsonNode> wrong = new ArrayList<>();
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        switch (type) {
            case "string" -> {
                wrong.add(object());
                wrong.add(NODES.arrayNode().add(object()));
                if (format.equals("date")) {
                    wrong.add(NODES.textNode("2026-02-30"));
                    wrong.add(NODES.textNode("yesterday"));
                } else if (format.equals("date-time")) {
                    wrong.add(NODES.textNode("2026-13-45T25:61:00Z"));
                }
                if (schema.has("enum")) {
                    wrong.add(NODES.textNode("NOT_A_VALUE_' OR 1=1 --"));
                }
            }
            case "integer" -> {
                wrong.add(NODES.textNode("abc"));
                wrong.add(object());
                wrong.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999999999999")));
            }
            case "number" -> {
                wrong.add(NODES.textNode("abc"));
                wrong.add(object());
            }
            case "boolean" -> wrong.add(object());
            case "array" -> {
                wrong.add(object());
                wrong.add(NODES.textNode("abc"));
            }
            case "object" -> wrong.add(NODES.arrayNode().add(1));
            default -> {
            }
        }
        return wrong;
    }

    private static String wrongQueryValue(JsonNode schema) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (type.equals("integer") || type.equals("number")) {
            return "abc";
        }
        if (format.equals("date")) {
            return "2026-02-30";
        }
        if (format.equals("date-time")) {
            return "2026-13-45T25:61:00Z";
        }
        if (schema.has("enum")) {
            return "NOT_A_VALUE";
        }
        return null;
    }

    /** A plausible object of the schema: every property with a value of its type (its content need not be valid). */
    private ObjectNode sample(JsonNode schema) {
        ObjectNode o = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            o.set(p.getKey(), sampleValue(resolve(p.getValue()), 0));
        }
        return o;
    }

    private JsonNode sampleValue(JsonNode schema, int depth) {
        if (schema.has("enum") && schema.path("enum").size() > 0) {
            return schema.path("enum").get(0);
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(new java.math.BigDecimal("1.00"));
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> depth > 3 ? NODES.arrayNode()
                    : NODES.arrayNode().add(sampleValue(resolve(schema.path("items")), depth + 1));
            case "object" -> depth > 3 ? object() : sample(schema);
            default -> switch (schema.path("format").asText()) {
                case "date" -> NODES.textNode("2026-01-05");
                case "date-time" -> NODES.textNode("2026-01-05T10:00:00Z");
                default -> NODES.textNode("SWEEP-1");
            };
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.path("$ref").asText().replaceFirst("^#/components/schemas/", "");
            s = openApi.path("components").path("schemas").path(ref);
        }
        if (s.has("allOf") && s.path("allOf").size() == 1) {
            return resolve(s.path("allOf").get(0));
        }
        if (s.has("oneOf") || s.has("anyOf")) {
            return NODES.objectNode(); // free-form: no value is wrong for certain
        }
        return s;
    }

    private static String fill(String path, JsonNode operation, Map.Entry<String, String> override) {
        String filled = path;
        for (JsonNode p : operation.path("parameters")) {
            if ("path".equals(p.path("in").asText())) {
                String name = p.path("name").asText();
                String value = override != null && override.getKey().equals(name) ? override.getValue()
                        : "integer".equals(p.path("schema").path("type").asText()) ? "1" : "SWEEP-NONE";
                filled = filled.replace("{" + name + "}", value);
            }
        }
        return filled;
    }

    private static ObjectNode object() {
        return NODES.objectNode().put("x", 1);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
    }
}
