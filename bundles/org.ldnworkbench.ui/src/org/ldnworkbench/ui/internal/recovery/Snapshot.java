package org.ldnworkbench.ui.internal.recovery;

import java.net.URI;
import java.time.Instant;

/**
 * The unsaved text of one editor, kept in case the workbench dies before it is saved.
 *
 * @param origin the file the editor had open ({@code file:} URI)
 * @param taken when the text was written down
 * @param text the editor's text
 */
public record Snapshot(URI origin, Instant taken, String text) {
}
