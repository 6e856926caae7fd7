package org.ldnworkbench.ui.internal.runs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * What a run folder's label says, read from its summary.json without reading its numbers (a summary is a megabyte
 * for the default example; the Project Explorer labels many): how many scenarios, and whether all are complete.
 *
 * @param scenarios the number of scenarios
 * @param complete whether every scenario ran to its end
 */
record RunFolderSummary(int scenarios, boolean complete) {
    static RunFolderSummary read(Path folder) throws IOException {
        try (Reader text = Files.newBufferedReader(folder.resolve(RunFolders.SUMMARY), StandardCharsets.UTF_8);
                JsonReader in = new JsonReader(text)) {
            in.setLenient(true);
            int scenarios = 0;
            boolean complete = true;
            in.beginObject();
            while (in.hasNext()) {
                if (!in.nextName().equals("scenarios") || in.peek() != JsonToken.BEGIN_ARRAY) {
                    in.skipValue();
                    continue;
                }
                in.beginArray();
                while (in.hasNext()) {
                    scenarios++;
                    in.beginObject();
                    while (in.hasNext()) {
                        if (in.nextName().equals("complete") && in.peek() == JsonToken.BOOLEAN) {
                            complete &= in.nextBoolean();
                        } else {
                            in.skipValue();
                        }
                    }
                    in.endObject();
                }
                in.endArray();
            }
            return new RunFolderSummary(scenarios, complete);
        } catch (IllegalStateException | com.google.gson.JsonParseException e) {
            throw new IOException(folder.resolve(RunFolders.SUMMARY) + ": not a run's summary (" + e.getMessage()
                    + ")", e);
        }
    }
}
