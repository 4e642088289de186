package org.camino.web.view.cases;

import org.camino.returns.boundary.AssistanceForm;
import org.camino.returns.boundary.ReturnView.AssistanceView;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.Formats;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A reintegration assistance item as being typed in a form; becomes the service's {@link AssistanceForm}. */
public class AssistanceInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String type;
    private String level;
    private LocalDate plannedOn;
    private LocalDate deliveredOn;
    private BigDecimal amount;
    private String currency;

    public static AssistanceInput of(AssistanceView a) {
        AssistanceInput in = new AssistanceInput();
        in.type = a.type();
        in.level = a.level();
        in.plannedOn = a.plannedOn();
        in.deliveredOn = a.deliveredOn();
        in.amount = a.amount();
        in.currency = a.currency();
        return in;
    }

    /** The currency as typed, in capitals (usd is USD). */
    public AssistanceForm toForm() {
        String code = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        return new AssistanceForm(type, level, plannedOn, deliveredOn, amount, code);
    }

    /** Field name (as in the messages, returns.assistance.label.X) to the value as shown. */
    public Map<String, Object> values(CodeLabels codes, Formats fmt) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", codes.label("REINTEGRATION_ASSISTANCE", type));
        v.put("level", codes.label("ASSISTANCE_LEVEL", level));
        v.put("plannedOn", fmt.date(plannedOn));
        v.put("deliveredOn", fmt.date(deliveredOn));
        v.put("amount", amount == null ? null : amount.stripTrailingZeros().toPlainString());
        v.put("currency", currency == null ? null : currency.strip().toUpperCase(Locale.ROOT));
        return v;
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public void setPlannedOn(LocalDate plannedOn) { this.plannedOn = plannedOn; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public void setDeliveredOn(LocalDate deliveredOn) { this.deliveredOn = deliveredOn; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
}
