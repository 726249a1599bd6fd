package org.herald.coding.modality;

import java.util.List;
import org.herald.coding.actors.Mention;
import org.herald.model.Mode;

/**
 * How a predicate is presented: its mode and, when someone other than the publisher reports it,
 * the claimant (null when the text leaves the reporter unnamed: "is said to"), the reporting verb
 * as written, the stance ("asserts" or "denies"), and the intermediaries the report came through
 * ("according to the NOS" when the NOS passes on another's claim).
 */
public record Modal(Mode mode, boolean reported, Mention claimant, String verb, String stance, List<Mention> via) {
    public static final Modal ASSERTED = new Modal(Mode.ASSERTED, false, null, null, null, List.of());

    public Modal {
        via = via == null ? List.of() : List.copyOf(via);
    }
}
