package org.ldnworkbench.install.internal;

import java.util.List;

/**
 * One installed third-party feature, as {@code ldnwb plugins} shows it.
 *
 * @param id the feature's id as in its feature.xml
 * @param version its version
 * @param name its label, may be empty
 * @param provider its provider, may be empty
 * @param mechanisms the ids of the mechanisms its bundles contribute, sorted
 */
public record InstalledPlugin(String id, String version, String name, String provider, List<String> mechanisms) {
}
