package org.camino.synthetic.control;

/** A mission cases can be generated for: its id, code and country. */
public record SyntheticMission(long id, String code, String country) {

    /** Sub-offices (KEN-NBO) register fewer cases than country offices. */
    public double weight() {
        return code.contains("-") ? 1 : 3;
    }
}
