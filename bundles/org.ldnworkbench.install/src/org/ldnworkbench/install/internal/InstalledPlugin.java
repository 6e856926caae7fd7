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
 * @param notLoaded the ids of the mechanisms that bundles of it declare but that are not loaded, because the framework
 *        did not resolve those bundles here (a requirement missing since), sorted; usually empty
 */
public record InstalledPlugin(String id, String version, String name, String provider, List<String> mechanisms,
        List<String> notLoaded) {
}
