package org.herald.coding.modality;

import org.herald.coding.actors.Mention;
import org.herald.model.Mode;

/**
 * How a predicate is presented: its mode and, when someone other than the publisher reports it,
 * the claimant (null when the text leaves the reporter unnamed: "is said to"), the reporting verb
 * as written and the stance ("asserts" or "denies").
 */
public record Modal(Mode mode, boolean reported, Mention claimant, String verb, String stance) {
    public static final Modal ASSERTED = new Modal(Mode.ASSERTED, false, null, null, null);
}
