package org.camino.publishing.control;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One dimension of a count table. Its categories partition the population (unknown codes such as
 * {@code _U} included), so the total over the dimension is the sum of its categories. The dimension
 * named {@link #MONTH} is special: its categories are months {@code yyyy-MM}, and cells that sum the
 * same months are the same figure whichever table shows them.
 *
 * @param sensitive a dimension whose category must not be revealed for a small group (nationality of
 *                  victims, sex...): see the group-disclosure rule of {@link DisclosureControl}
 */
public record Dimension(String name, List<String> categories, boolean sensitive) {

    public static final String MONTH = "month";
    static final Pattern MONTH_PATTERN = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    public Dimension {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A dimension needs a name");
        }
        categories = List.copyOf(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("Dimension " + name + " has no category");
        }
        if (new HashSet<>(categories).size() != categories.size()) {
            throw new IllegalArgumentException("Dimension " + name + " repeats a category");
        }
        if (categories.contains(Cell.TOTAL)) {
            throw new IllegalArgumentException("Dimension " + name + " uses the total code " + Cell.TOTAL + " as a category");
        }
        if (name.equals(MONTH)) {
            for (String month : categories) {
                if (!MONTH_PATTERN.matcher(month).matches()) {
                    throw new IllegalArgumentException("Month " + month + " is not yyyy-MM");
                }
            }
        }
    }

    public boolean isMonth() {
        return name.equals(MONTH);
    }
}
