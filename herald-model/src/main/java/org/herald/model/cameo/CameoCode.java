package org.herald.model.cameo;

import org.herald.model.Plover;

/**
 * One CAMEO 1.1b3 event code with its pinned Goldstein weight, QuadClass and PLOVER mapping.
 *
 * @param plover the PLOVER type/mode, or null where PLOVER has no type (CAMEO 01 statements, 02 appeals)
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, Plover plover) {
    public CameoCode {
        if (code == null || !code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code must be 2-4 digits: " + code);
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("QuadClass must be 1-4 for " + code + ": " + quadClass);
        }
    }

    /** The cue category: the code's first two digits. */
    public String root() {
        return code.substring(0, 2);
    }
}
