package org.herald.store.incidents;

/**
 * Which CAMEO codes describe the same kind of happening, and which are symmetric.
 *
 * <p><b>Family.</b> An event's family is its CAMEO root, so a 110 summons and a 111 condemnation of the same
 * envoy by the same actors within the window are one incident (so are a 110 summons and a 112 accusation between
 * the same two governments a few days apart: the example corpus's answer key accepts both). One exception: 174
 * "expel or deport individuals" joins root 16, because coders split the expulsion of a diplomat between 161 and
 * 174. A denial is coded with the root of what it denies (a negated 19x with stance "denies"), so it needs no
 * family of its own.
 *
 * <p><b>Symmetric codes</b> describe one happening whichever side is named first: consultations and
 * negotiations (04x except 045, mediation, which has a direction), signing an agreement (057), material
 * cooperation (06x), a ceasefire (0871) and fighting (190, 193, 194, 196). X→Y and Y→X of a symmetric family are
 * one incident. Expulsions (16x), accusations (11x) and the like keep their direction: a retaliation is a second
 * incident.
 */
final class Families {
    private Families() {
    }

    static String family(String cameo) {
        if (cameo.startsWith("174")) {
            return "16";
        }
        return cameo.substring(0, 2);
    }

    static boolean symmetric(String cameo) {
        String root = cameo.substring(0, 2);
        return switch (root) {
            case "04" -> !cameo.startsWith("045");
            case "05" -> cameo.startsWith("057");
            case "06" -> true;
            case "08" -> cameo.startsWith("0871");
            case "19" -> cameo.startsWith("190") || cameo.startsWith("193") || cameo.startsWith("194")
                    || cameo.startsWith("196");
            default -> false;
        };
    }
}
