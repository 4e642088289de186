package org.camino.resettlement.boundary;

/** The resettlement details as entered; codes are checked against their lists by the service. */
public record ResettlementForm(String resettlementCountry, String referralSource) {
}
