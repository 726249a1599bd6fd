package org.herald.coding.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates ../shared (the seed story and the PLOVER gold set); tests that need it skip without it. */
final class Shared {
    private Shared() {
    }

    static Path find(String rel) {
        Path dir = Paths.get("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path p = dir.resolveSibling("shared").resolve(rel);
            if (Files.isReadable(p)) {
                return p;
            }
            p = dir.resolve("shared").resolve(rel);
            if (Files.isReadable(p)) {
                return p;
            }
        }
        return null;
    }
}
