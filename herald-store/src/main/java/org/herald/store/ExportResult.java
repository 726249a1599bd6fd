package org.herald.store;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param rows    rows written
 * @param skipped events left out because the format cannot express them (PLOVER: no PLOVER type)
 */
public record ExportResult(ExportFormat format, Path out, long rows, long skipped) {
}
