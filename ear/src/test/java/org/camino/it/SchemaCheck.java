package org.camino.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A small checker of a JSON value against a schema of an OpenAPI 3.1 document, with JSON-P: {@code $ref}
 * to the document's components, {@code type} (one or several, {@code null} included), {@code required},
 * {@code properties}, {@code items}, {@code allOf}, {@code anyOf}/{@code oneOf} (one must hold) and
 * {@code enum}. Enough to say that an answer has the members the document promises, of the types it says;
 * not a full JSON Schema validator (no formats, patterns or bounds).
 */
final class SchemaCheck {

    private final JsonObject document;

    SchemaCheck(JsonObject document) {
        this.document = document;
    }

    /** The mismatches, each with its JSON path; empty if the value matches. */
    List<String> check(JsonValue value, JsonObject schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", problems, 0);
        return problems;
    }

    private void check(JsonValue value, JsonObject schema, String at, List<String> problems, int depth) {
        if (depth > 40) {
            return; // a recursive schema: deep enough
        }
        JsonObject resolved = resolve(schema);
        if (resolved.containsKey("allOf")) {
            for (JsonValue part : resolved.getJsonArray("allOf")) {
                check(value, part.asJsonObject(), at, problems, depth + 1);
            }
        }
        for (String choice : new String[] {"anyOf", "oneOf"}) {
            if (resolved.containsKey(choice)) {
                boolean any = false;
                for (JsonValue option : resolved.getJsonArray(choice)) {
                    List<String> mismatches = new ArrayList<>();
                    check(value, option.asJsonObject(), at, mismatches, depth + 1);
                    any |= mismatches.isEmpty();
                }
                if (!any) {
                    problems.add(at + ": matches none of " + choice);
                }
            }
        }
        List<String> types = types(resolved);
        if (!types.isEmpty() && types.stream().noneMatch(type -> isOfType(value, type))) {
            problems.add(at + ": " + value.getValueType() + " where the document says " + types);
            return;
        }
        if (resolved.containsKey("enum") && value.getValueType() != JsonValue.ValueType.NULL
                && !resolved.getJsonArray("enum").contains(value)) {
            problems.add(at + ": " + value + " is not one of " + resolved.getJsonArray("enum"));
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject object = value.asJsonObject();
            if (resolved.containsKey("required")) {
                for (JsonValue name : resolved.getJsonArray("required")) {
                    if (!object.containsKey(((JsonString) name).getString())) {
                        problems.add(at + ": required " + name + " is missing");
                    }
                }
            }
            JsonObject properties = resolved.getJsonObject("properties");
            if (properties != null) {
                for (String name : properties.keySet()) {
                    if (object.containsKey(name)) {
                        check(object.get(name), properties.getJsonObject(name), at + "." + name, problems, depth + 1);
                    }
                }
            }
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY && resolved.containsKey("items")
                && resolved.get("items").getValueType() == JsonValue.ValueType.OBJECT) {
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), resolved.getJsonObject("items"), at + "[" + i + "]", problems, depth + 1);
            }
        }
    }

    /** The schema a {@code $ref} points to (#/components/schemas/Name), or the schema itself. */
    JsonObject resolve(JsonObject schema) {
        JsonObject resolved = schema;
        for (int hops = 0; resolved.containsKey("$ref") && hops < 10; hops++) {
            String ref = resolved.getString("$ref");
            if (!ref.startsWith("#/")) {
                throw new AssertionError("a reference outside the document: " + ref);
            }
            JsonValue target = document;
            for (String step : ref.substring(2).split("/")) {
                target = target.asJsonObject().get(step.replace("~1", "/").replace("~0", "~"));
                if (target == null) {
                    throw new AssertionError("the document has no " + ref);
                }
            }
            resolved = target.asJsonObject();
        }
        return resolved;
    }

    private static List<String> types(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type == null) {
            return List.of();
        }
        if (type.getValueType() == JsonValue.ValueType.STRING) {
            return List.of(((JsonString) type).getString());
        }
        return type.asJsonArray().stream().map(t -> ((JsonString) t).getString()).toList();
    }

    private static boolean isOfType(JsonValue value, String type) {
        return switch (type) {
            case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
            case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
            case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
            case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
            case "integer" -> value.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) value).isIntegral();
            case "boolean" -> value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE;
            case "null" -> value.getValueType() == JsonValue.ValueType.NULL;
            default -> throw new AssertionError("a type JSON Schema does not have: " + type);
        };
    }
}
