package org.herald.coding.actors;

/** What a dictionary phrase names. */
public enum EntryKind {
    /** A country's name ("South Korea", "DPRK"). */
    COUNTRY,
    /** A demonym or adjective ("South Korean", "Russian"). */
    ADJECTIVE,
    /** A capital or seat-of-government city standing for the government ("Seoul", "Moscow"). */
    CAPITAL,
    /** A seat of power standing for a part of the state ("the Kremlin", "the Pentagon"). */
    SEAT,
    /** Another place in a country ("Vladivostok", "Gaza Strip"). */
    PLACE,
    /** An international body ("NATO", "the U.N."). */
    ORG,
    /** A named national body or non-state group ("NIS", "Hamas", "Yonhap"). */
    AGENCY,
    /** A named office holder ("Mark Rutte"). */
    PERSON,
    /** A role noun or title ("foreign minister", "troops"). */
    SECTOR;

    /** True for kinds that name a proper noun, matched only where the text capitalises it. */
    public boolean isName() {
        return this != SECTOR;
    }
}
