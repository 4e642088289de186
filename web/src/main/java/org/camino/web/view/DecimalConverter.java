package org.camino.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decimal number as the reader writes it ({@code 0.75} in English,
 * {@code 0,75} in French and Spanish), without thousands separators. The
 * other separator is taken as the decimal point too, unless it could be a
 * thousands separator ({@code 1,500} in English, {@code 1.500} in Spanish):
 * that is refused rather than guessed. Values are shown the same way.
 */
@FacesConverter("camino.decimal")
public class DecimalConverter implements Converter<BigDecimal> {

    private static final Pattern NUMBER = Pattern.compile("(-?)(\\d*)(?:([.,])(\\d+))?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        BigDecimal parsed = parse(value, Formats.locale());
        if (parsed == null && value != null && !value.isBlank()) {
            String message = Messages.text("decimal.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        return parsed;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return format(value, Formats.locale());
    }

    /** The number, or null if the text is blank or not a number written this way. */
    static BigDecimal parse(String text, Locale locale) {
        if (text == null) {
            return null;
        }
        String compact = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        Matcher m = NUMBER.matcher(compact);
        if (compact.isEmpty() || !m.matches() || (m.group(2).isEmpty() && m.group(3) == null)) {
            return null;
        }
        String integer = m.group(2).isEmpty() ? "0" : m.group(2);
        if (m.group(3) != null) {
            boolean localSeparator = m.group(3).charAt(0) == decimalSeparator(locale);
            boolean couldBeThousands = m.group(4).length() == 3 && !integer.matches("0+");
            if (!localSeparator && couldBeThousands) {
                return null;
            }
            return new BigDecimal(m.group(1) + integer + "." + m.group(4));
        }
        return new BigDecimal(m.group(1) + integer);
    }

    static String format(BigDecimal value, Locale locale) {
        return value == null ? "" : value.toPlainString().replace('.', decimalSeparator(locale));
    }

    private static char decimalSeparator(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    }
}
