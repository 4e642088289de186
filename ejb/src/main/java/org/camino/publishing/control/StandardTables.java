package org.camino.publishing.control;

import java.util.List;
import java.util.Optional;

/**
 * The standard tables HQ publishes for each programme, as the catalogue offers
 * them (an analyst may also compose others from a population's dimensions).
 * Titles are keys of the publishing texts: {@code table.<id>.title}.
 */
public final class StandardTables {

    private static final List<TableRequest> ALL = List.of(
            table("returns-by-country-host-sex-age-month", Population.AVRR_RETURNS,
                    "returnCountry", "hostCountry", "sex", "ageBand", "month"),
            table("returns-by-nationality-sex", Population.AVRR_RETURNS, "nationality", "sex"),
            table("reintegration-by-type-sex-month", Population.AVRR_REINTEGRATION, "assistanceType", "sex", "month"),
            table("resettlement-by-destination-nationality-month", Population.RESETTLEMENT_DEPARTURES,
                    "destinationCountry", "nationality", "month"),
            table("resettlement-by-household-destination", Population.RESETTLEMENT_DEPARTURES,
                    "householdSize", "destinationCountry"),
            table("health-by-outcome-programme", Population.HEALTH_ASSESSMENTS, "outcome", "programme"),
            table("health-by-outcome-sex-age", Population.HEALTH_ASSESSMENTS, "outcome", "sex", "ageBand"),
            table("trafficking-victims-by-sex-age-citizenship", Population.TRAFFICKING_VICTIMS,
                    "sex", "ageBand", "citizenship"),
            table("trafficking-events-by-type-country", Population.TRAFFICKING_EVENTS, "eventType", "country"));

    private StandardTables() {
    }

    public static List<TableRequest> all() {
        return ALL;
    }

    public static Optional<TableRequest> byId(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static TableRequest table(String id, Population population, String... dimensions) {
        return new TableRequest(id, "table." + id + ".title", population, List.of(dimensions), population.threshold(),
                TableRequest.DEFAULT_ROUNDING);
    }
}
