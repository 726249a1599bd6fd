package org.herald.ingest;

import java.nio.file.Path;

/**
 * A file to read, and its name: the path relative to the folder it was found in (or the file name when the
 * file was named itself). The name is the article id of a text file without one in its front matter, so
 * ingesting the same folder from another working directory gives the same ids.
 */
public record InputFile(Path path, String name) {
    /** The input as failures name it. */
    public String input() {
        return path.toString();
    }
}
