package org.herald.model.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.herald.model.Plover;

/**
 * The CAMEO 1.1b3 code table herald pins (resource {@code cameo-1.1b3.tsv}): names, Goldstein weights
 * as printed in the codebook, QuadClass and the PLOVER 0.8 mapping. Immutable and thread-safe.
 */
public final class CameoOntology {
    /** The version of the pinned table, recorded in every event's {@code coder} field. */
    public static final String TABLE_VERSION = "cameo-table/1";

    private static final String RESOURCE = "cameo-1.1b3.tsv";
    private static volatile CameoOntology standard;

    private final Map<String, CameoCode> codes;

    private CameoOntology(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    /** The bundled table, read once. */
    public static CameoOntology standard() {
        CameoOntology s = standard;
        if (s == null) {
            synchronized (CameoOntology.class) {
                s = standard;
                if (s == null) {
                    try (InputStream in = CameoOntology.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        s = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = s;
                }
            }
        }
        return s;
    }

    static CameoOntology read(InputStream in) throws IOException {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        boolean header = true;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IOException(RESOURCE + " line " + n + ": expected 7 columns, got " + f.length);
            }
            Plover p = "-".equals(f[4]) ? null : new Plover(f[4], "-".equals(f[5]) ? null : f[5]);
            codes.putIfAbsent(f[0], new CameoCode(f[0], f[1], Double.parseDouble(f[2]),
                    Integer.parseInt(f[3]), p));
        }
        return new CameoOntology(codes);
    }

    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** The code, or an exception naming it when the table has no such code. */
    public CameoCode get(String code) {
        CameoCode c = codes.get(code);
        if (c == null) {
            throw new IllegalArgumentException("not a CAMEO 1.1b3 code: " + code);
        }
        return c;
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }
}
