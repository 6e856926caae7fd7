package org.ldnworkbench.core.internal.pipeline;

import java.util.Map;

/**
 * Turns the JSON tree of one older pipeline format version into the next one, so that old files keep loading.
 * Migrations are chained by {@link PipelineCodec} until the current format is reached.
 */
public interface FormatMigration {
    /** @return the format string this migration reads, e.g. {@code ldn-pipeline/0} */
    String from();

    /** @return the format string it produces */
    String to();

    /**
     * @param root the file's top-level object, to change in place or replace
     * @return the migrated top-level object, with {@code format} set to {@link #to()}
     */
    Map<String, Object> migrate(Map<String, Object> root);
}
