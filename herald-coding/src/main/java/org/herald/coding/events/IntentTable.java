package org.herald.coding.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.herald.model.cameo.CameoOntology;

/**
 * What announcing an act codes as (resource {@code cameo-intent.tsv}): a promised cooperative act is an
 * intent to cooperate (03x), a threatened conflictual act a threat (13x). Immutable.
 */
public final class IntentTable {
    private final Map<String, String> byPrefix;

    private IntentTable(Map<String, String> byPrefix) {
        this.byPrefix = byPrefix;
    }

    public static IntentTable standard() {
        String res = "cameo-intent.tsv";
        Map<String, String> m = new HashMap<>();
        CameoOntology cameo = CameoOntology.standard();
        try (InputStream in = IntentTable.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + res);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\t");
                if (f.length != 2 || cameo.find(f[1]).isEmpty()) {
                    throw new IllegalStateException(res + " line " + n + ": expected prefix<TAB>CAMEO code");
                }
                m.put(f[0], f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IntentTable(Map.copyOf(m));
    }

    /** The intent or threat code for announcing {@code code}, or null when announcing it codes as itself. */
    public String intentOf(String code) {
        for (int len = code.length(); len >= 2; len--) {
            String v = byPrefix.get(code.substring(0, len));
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
