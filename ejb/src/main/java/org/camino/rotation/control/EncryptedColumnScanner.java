package org.camino.rotation.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.camino.crypto.EncryptedField;
import org.hibernate.envers.AuditTable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the encrypted columns of entity classes: each static {@link EncryptedField}
 * constant, whose label {@code table.column} must name the entity's table and
 * one of its String columns. Audited columns are also in Envers' history table.
 * Pure reflection, so that it is tested without a container; what does not fit
 * is reported as a problem rather than guessed.
 */
public final class EncryptedColumnScanner {

    /** Envers' default suffix {@code _AUD}, which PostgreSQL folds to lower case; {@code @AuditTable} overrides it. */
    static final String AUDIT_SUFFIX = "_aud";
    private static final String UUID_FIELD = "uuid";
    /** Names are put into SQL as they are, so only plain identifiers are accepted. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public record Result(List<EncryptedTable> tables, List<String> problems) {
    }

    private EncryptedColumnScanner() {
    }

    /** Tables in a stable order: by table name, each live table followed by its history. */
    public static Result scan(Collection<Class<?>> entityClasses) {
        List<EncryptedTable> tables = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> labelOwners = new HashMap<>();
        List<Class<?>> sorted = entityClasses.stream().filter(type -> type.isAnnotationPresent(Entity.class))
                .sorted(Comparator.comparing(EncryptedColumnScanner::tableName)).toList();
        for (Class<?> type : sorted) {
            scanEntity(type, tables, problems, labelOwners);
        }
        return new Result(List.copyOf(tables), List.copyOf(problems));
    }

    private static void scanEntity(Class<?> type, List<EncryptedTable> tables, List<String> problems,
                                   Map<String, String> labelOwners) {
        List<EncryptedField> constants = constantsOf(type, problems);
        if (constants.isEmpty()) {
            return;
        }
        String table = tableName(type);
        Optional<Field> uuid = persistentField(type, UUID_FIELD);
        if (uuid.isEmpty()) {
            problems.add(type.getName() + " has encrypted fields but no uuid field to bind them to");
            return;
        }
        List<EncryptedColumn> live = new ArrayList<>();
        List<EncryptedColumn> audited = new ArrayList<>();
        for (EncryptedField constant : constants) {
            String label = constant.name();
            String previousOwner = labelOwners.putIfAbsent(label, type.getName());
            if (previousOwner != null) {
                problems.add("The label " + label + " is used by " + previousOwner + " and " + type.getName());
                continue;
            }
            int dot = label.indexOf('.');
            String labelTable = dot < 0 ? "" : label.substring(0, dot).toLowerCase(Locale.ROOT);
            String labelColumn = dot < 0 ? "" : label.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!labelTable.equals(table)) {
                problems.add("The label " + label + " of " + type.getName() + " does not name its table " + table);
                continue;
            }
            Optional<Field> field = persistentFields(type).stream()
                    .filter(f -> f.getType() == String.class && columnName(f).equals(labelColumn)).findFirst();
            if (field.isEmpty() || !IDENTIFIER.matcher(labelColumn).matches()) {
                problems.add("The label " + label + " of " + type.getName() + " names no text column of " + table
                        + " (a renamed column keeps its label: map it here)");
                continue;
            }
            EncryptedColumn column = new EncryptedColumn(label, labelColumn);
            live.add(column);
            if (isAudited(type, field.get())) {
                audited.add(column);
            }
        }
        if (live.isEmpty()) {
            return;
        }
        String uuidColumn = columnName(uuid.get());
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(uuidColumn).matches()) {
            problems.add(type.getName() + ": table " + table + " or column " + uuidColumn + " is not a plain SQL name");
            return;
        }
        tables.add(new EncryptedTable(table, type, uuidColumn, live, false));
        if (!audited.isEmpty()) {
            if (!isAudited(type, uuid.get())) {
                problems.add(type.getName() + " audits encrypted fields but not its uuid, so its history cannot be decrypted");
                return;
            }
            tables.add(new EncryptedTable(auditTableName(type, table), type, uuidColumn, audited, true));
        }
    }

    private static List<EncryptedField> constantsOf(Class<?> type, List<String> problems) {
        List<EncryptedField> constants = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == EncryptedField.class) {
                    try {
                        field.setAccessible(true);
                        constants.add((EncryptedField) field.get(null));
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        problems.add("Cannot read " + c.getName() + "." + field.getName() + ": " + e);
                    }
                }
            }
        }
        return constants;
    }

    static String tableName(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table != null && !table.name().isBlank()) {
            return table.name().toLowerCase(Locale.ROOT);
        }
        Entity entity = type.getAnnotation(Entity.class);
        String name = entity != null && !entity.name().isBlank() ? entity.name() : type.getSimpleName();
        return name.toLowerCase(Locale.ROOT);
    }

    private static String auditTableName(Class<?> type, String table) {
        AuditTable auditTable = type.getAnnotation(AuditTable.class);
        return auditTable != null && !auditTable.value().isBlank() ? auditTable.value().toLowerCase(Locale.ROOT)
                : table + AUDIT_SUFFIX;
    }

    private static boolean isAudited(Class<?> type, Field field) {
        if (field.isAnnotationPresent(NotAudited.class)) {
            return false;
        }
        return field.isAnnotationPresent(Audited.class) || field.getDeclaringClass().isAnnotationPresent(Audited.class)
                || type.isAnnotationPresent(Audited.class);
    }

    private static Optional<Field> persistentField(Class<?> type, String name) {
        return persistentFields(type).stream().filter(f -> f.getName().equals(name)).findFirst();
    }

    private static List<Field> persistentFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isAnnotationPresent(Transient.class)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static String columnName(Field field) {
        Column column = field.getAnnotation(Column.class);
        String name = column != null && !column.name().isBlank() ? column.name() : field.getName();
        return name.toLowerCase(Locale.ROOT);
    }
}
