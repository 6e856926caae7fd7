package org.ldnworkbench.ui.internal.results;

/** A table of the Results view that Copy (Ctrl+C, context menu) copies from. */
interface CopySource {
    /** @return the selected rows, or all rows when none is selected, as tab-separated text with the header line */
    String copyText();
}
