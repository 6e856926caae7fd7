package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.core.pipeline.IoReasons;
import org.ldnworkbench.core.pipeline.Names;

/**
 * One run's results folder {@code PARENT/NAME}, replaced as a whole in one atomic step: a failed, cancelled or
 * killed run never leaves old and new files mixed, never destroys earlier results before the new ones are complete,
 * and never deletes anything a user made.
 * <p>
 * The protocol (all names are siblings of {@code NAME} in {@code PARENT}):
 * <ol>
 * <li>refuse {@code --out} places that are the root folder, the home folder, the current folder or a parent of
 * it;</li>
 * <li>refuse {@code --out} places inside another run's results folder (an ancestor holding the marker);</li>
 * <li>refuse places that hold the input file (replacing them would delete it, whatever the marker says);</li>
 * <li>refuse when {@code NAME} exists and holds anything ldnwb did not write ({@link FolderInspection}), before
 * anything is created beside it;</li>
 * <li>take the lock {@code .NAME.ldnwb-lock} ({@link ResultsLock}) or refuse at once;</li>
 * <li>recover from killed runs: when {@code NAME} is missing but {@code .NAME.ldnwb-old-*} exists (a kill between
 * the two renames of step 9), rename it back to {@code NAME}; delete every other {@code .NAME.ldnwb-old-*} and
 * {@code .NAME.ldnwb-staging-*};</li>
 * <li>check {@code NAME} again, now under the lock;</li>
 * <li>create the staging folder {@code .NAME.ldnwb-staging-XXXX}; the run writes every file into it
 * ({@link #write}, {@link #file});</li>
 * <li>{@link #commit}: force every staged file to disk, write the marker {@value ResultsManifest#FILE_NAME}
 * listing them ({@link ResultsManifest}), force it and the folders to disk;</li>
 * <li>check {@code NAME} once more (a user may have put files into it during the run);</li>
 * <li>rename {@code NAME} to {@code .NAME.ldnwb-old-XXXX}, rename the staging folder to {@code NAME} (on failure,
 * rename the old one back), force {@code PARENT} to disk;</li>
 * <li>delete {@code .NAME.ldnwb-old-XXXX}; release the lock.</li>
 * </ol>
 * A kill before step 9 leaves the earlier results in place and a staging folder that the next run deletes; a kill
 * between the two renames leaves no {@code NAME} but the complete earlier results in {@code .NAME.ldnwb-old-XXXX},
 * which the next run renames back (or the user by hand); a kill after them leaves the complete new results and an
 * old folder that the next run deletes.
 * <p>
 * Every file-system change goes through {@link FileOperations}, every path is checked to stay inside the staging
 * folder without passing a symbolic link, and every failure names the path the user knows (the final one, not the
 * staging one) and the reason.
 */
final class ResultsDirectory implements AutoCloseable {
    /** Infix of the staging folders' names: {@code .NAME}{@value}{@code XXXX}. */
    static final String STAGING_INFIX = ".ldnwb-staging-";
    /** Infix of the names of earlier results moved aside: {@code .NAME}{@value}{@code XXXX}. */
    static final String OLD_INFIX = ".ldnwb-old-";

    /** Writes one file's content; the stream is closed by the caller of this. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path target;
    private final Path shown;
    private final Path parent;
    private final HiddenSiblings siblings;
    private final FileOperations ops;
    private final ResultsLock lock;
    private final Path staging;
    private final StagedNames names;
    private final List<String> warnings = new ArrayList<>();
    private boolean committed;

    /** Opens the results place {@code target} on the real file system; see the other constructor. */
    ResultsDirectory(Path target) throws IOException, UsageException {
        this(target, FileOperations.REAL);
    }

    /**
     * Takes the lock, recovers from killed runs, checks that the folder may be replaced and creates the staging
     * folder: call before simulating, so that a run that could not keep its results is refused at once.
     *
     * @param target the results folder as the user named it
     * @param ops the file operations (tests make them fail)
     * @throws UsageException when {@code target} is a place no results may replace (root, home, current folder)
     * @throws IOException when another run holds the lock, the folder holds files ldnwb did not write, or the
     *         folder cannot be prepared; the message names the folder and the reason
     */
    ResultsDirectory(Path target, FileOperations ops) throws IOException, UsageException {
        this(target, ops, null, true);
    }

    /**
     * As {@link #ResultsDirectory(Path, FileOperations)}, and also refuses a folder that holds the input file.
     *
     * @param input the pipeline file the run reads, or null: the results folder may not hold it (replacing the
     *        folder would delete it, whatever the marker says)
     * @param given whether the user gave {@code target} with {@code --out} (else it was derived from the file name,
     *        and messages do not speak of an {@code --out} the user did not give)
     */
    ResultsDirectory(Path target, FileOperations ops, Path input, boolean given) throws IOException, UsageException {
        this.shown = target;
        this.target = target.toAbsolutePath().normalize();
        this.ops = ops;
        String place = given ? "--out " + show(target) : "the default results folder " + show(target);
        String special = OutputPlaces.specialPlace(this.target);
        if (special != null) {
            throw new UsageException(place + " is " + special + "; ldnwb replaces its results "
                    + "folder as a whole and writes only into a folder of its own (e.g. --out results/run1)");
        }
        Path marked = OutputPlaces.markedAncestor(this.target);
        if (marked != null) {
            throw new UsageException(place + " lies inside " + show(marked) + ", the results folder of another run "
                    + "(it holds " + ResultsManifest.FILE_NAME + "); ldnwb replaces that folder as a whole, so "
                    + "choose a folder outside it with --out");
        }
        if (input != null && OutputPlaces.holds(this.target, input.toAbsolutePath().normalize())) {
            throw new UsageException(place + " holds the input file " + Names.quote(input.toString())
                    + "; ldnwb replaces its results folder as a whole and never the input: choose another folder "
                    + "with --out");
        }
        this.parent = this.target.getParent();
        this.siblings = new HiddenSiblings(parent, this.target.getFileName().toString());
        // a folder that is not ours is refused before the lock file is made beside it; checked again under the lock
        try {
            requireReplaceable(false);
        } catch (ResultsException e) {
            throw e;
        } catch (IOException e) {
            throw new ResultsException("cannot write results to " + show(shown) + ": " + reasonAndFile(e), e);
        }
        createParent();
        this.lock = ResultsLock.take(this.target, show(shown));
        try {
            recover();
            requireReplaceable(false);
            this.staging = createStaging();
        } catch (ResultsException | RuntimeException | Error e) {
            lock.close();
            throw e;
        } catch (IOException e) {
            lock.close();
            throw new ResultsException("cannot write results to " + show(shown) + ": " + reasonAndFile(e), e);
        }
        this.names = new StagedNames(staging, shown, ops);
    }

    /** @return the folder as the user named it, control characters escaped, for messages */
    static String show(Path p) {
        return Names.escape(p.toString());
    }

    Path target() {
        return target;
    }

    /** @return the staging folder (tests plant things in it) */
    Path staging() {
        return staging;
    }

    /** @return things that went wrong without harming the results (e.g. a leftover that the next run removes) */
    List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    boolean isCommitted() {
        return committed;
    }

    /**
     * For writers that need a path: checks the name and creates the folders up to it. Prefer
     * {@link #write(String, String, Content)}, whose errors name the final path and the reason.
     *
     * @param relative a relative name such as {@code a/timeseries.csv}
     * @return where to write it inside the staging folder
     * @throws IOException when the name would leave the staging folder or pass a symbolic link
     */
    Path file(String relative) throws IOException {
        return names.resolve(relative, "");
    }

    /**
     * Writes one result file into the staging folder (a new file; the name may be written once per run).
     *
     * @param relative a relative name such as {@code ldn-pet/timeseries.csv}
     * @param context what the file belongs to for messages, e.g. {@code scenario 'ldn-pet'}, or empty
     * @param content writes the bytes
     * @throws IOException {@code cannot write results/x/ldn-pet/timeseries.csv (scenario 'ldn-pet'): REASON}
     */
    void write(String relative, String context, Content content) throws IOException {
        Path p = names.resolve(relative, context);
        try (OutputStream out = ops.createFile(p)) {
            content.writeTo(out);
        } catch (FileAlreadyExistsException e) {
            throw new ResultsException(names.cannotWrite(relative, context) + ": this run wrote it already (two results of "
                    + "the same name)", e);
        } catch (IOException e) {
            throw new ResultsException(names.cannotWrite(relative, context) + ": " + IoReasons.reason(e), e);
        }
    }

    /**
     * Makes the staged results the folder's content in one atomic step; see the class comment for the steps.
     *
     * @throws IOException naming the folder, the failed step and the reason, and where the earlier results are
     */
    void commit() throws IOException {
        if (committed) {
            throw new IllegalStateException("committed twice");
        }
        StagedTree tree;
        try {
            tree = StagedTree.of(staging, shown);
        } catch (ResultsException e) {
            throw e;
        } catch (IOException e) {
            throw new ResultsException("cannot replace " + show(shown) + " with the new results: "
                    + reasonAndFile(e) + "; the earlier results are unchanged", e);
        }
        try {
            for (Path f : tree.files()) {
                ops.sync(f);
            }
            try (OutputStream out = ops.createFile(staging.resolve(ResultsManifest.FILE_NAME))) {
                out.write(new ResultsManifest(tree.names()).toBytes());
            }
            ops.sync(staging.resolve(ResultsManifest.FILE_NAME));
            for (Path d : tree.foldersDeepestFirst()) {
                ops.sync(d);
            }
        } catch (IOException e) {
            throw new ResultsException("cannot replace " + show(shown) + " with the new results: cannot write them to "
                    + "the disk: " + IoReasons.reason(e) + "; the earlier results are unchanged", e);
        }
        swap();
    }

    private void swap() throws IOException {
        boolean present = FileTrees.attributes(target) != null;
        Path old = null;
        if (present) {
            try {
                requireReplaceable(true);
            } catch (ResultsException e) {
                throw e;
            } catch (IOException e) {
                throw new ResultsException("cannot replace " + show(shown) + ": " + reasonAndFile(e)
                        + "; the earlier results are unchanged", e);
            }
            old = siblings.fresh(OLD_INFIX);
            try {
                ops.rename(target, old);
            } catch (IOException e) {
                throw new ResultsException("cannot replace " + show(shown) + ": cannot move the earlier results aside: "
                        + IoReasons.reason(e) + "; the earlier results are unchanged", e);
            }
        }
        try {
            ops.rename(staging, target);
        } catch (IOException e) {
            String why = "cannot replace " + show(shown) + ": cannot move the new results into place: "
                    + IoReasons.reason(e);
            if (old == null) {
                throw new ResultsException(why + "; no earlier results existed", e);
            }
            try {
                ops.rename(old, target);
            } catch (IOException back) {
                throw new ResultsException(why + "; the earlier results are in " + show(old) + " (moving them back "
                        + "failed: " + IoReasons.reason(back) + "); the next ldnwb run into " + show(shown)
                        + " moves them back", e);
            }
            throw new ResultsException(why + "; the earlier results are unchanged", e);
        }
        committed = true;
        try {
            ops.sync(parent);
        } catch (IOException e) {
            warnings.add("the new results are in " + show(shown) + " but may not be on the disk yet: "
                    + IoReasons.reason(e));
        }
        if (old != null) {
            try {
                FileTrees.delete(ops, old);
            } catch (IOException e) {
                warnings.add("cannot delete the earlier results in " + show(old) + ": " + IoReasons.reason(e)
                        + "; the next ldnwb run into " + show(shown) + " deletes them");
            }
        }
    }

    /** Deletes the staging folder of a run that did not commit, and releases the lock. */
    @Override
    public void close() {
        try {
            if (!committed && FileTrees.attributes(staging) != null) {
                FileTrees.delete(ops, staging);
            }
        } catch (IOException e) {
            // a staging folder left behind is deleted by the next run into the same place
        } finally {
            lock.close();
        }
    }

    // --- preparing the place -------------------------------------------------------------------------------------

    private void createParent() throws IOException {
        List<Path> missing = new ArrayList<>();
        try {
            for (Path p = parent; p != null && FileTrees.attributes(p) == null; p = p.getParent()) {
                missing.add(0, p);
            }
        } catch (IOException e) {
            throw new ResultsException("cannot write results to " + show(shown) + ": " + reasonAndFile(e), e);
        }
        for (Path p : missing) {
            try {
                ops.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                // made meanwhile by someone else: fine if it is a folder, checked below
            } catch (IOException e) {
                throw new ResultsException("cannot write results to " + show(shown) + ": cannot create the folder "
                        + show(p) + ": " + IoReasons.reason(e), e);
            }
        }
        if (!Files.isDirectory(parent)) {
            throw new ResultsException("cannot write results to " + show(shown) + ": " + show(parent)
                    + " is not a folder");
        }
    }

    /** Step 3: puts back earlier results that a kill left moved aside, then deletes leftovers of killed runs. */
    private void recover() throws IOException {
        List<Path> olds = siblings.ours(OLD_INFIX);
        List<Path> stagings = siblings.ours(STAGING_INFIX);
        if (FileTrees.attributes(target) == null && !olds.isEmpty()) {
            if (olds.size() > 1) {
                throw new ResultsException("cannot write results to " + show(shown) + ": it is missing and there are "
                        + olds.size() + " earlier results beside it (" + show(olds.get(0).getFileName()) + ", "
                        + show(olds.get(1).getFileName()) + "); rename the one to keep to "
                        + show(target.getFileName()));
            }
            Path restored = olds.remove(0);
            try {
                ops.rename(restored, target);
            } catch (IOException e) {
                throw new ResultsException("cannot write results to " + show(shown) + ": cannot move the earlier "
                        + "results back from " + show(restored) + " (a run was killed while replacing them): "
                        + IoReasons.reason(e), e);
            }
            warnings.add("put back the earlier results in " + show(shown) + " that a killed run had moved aside");
        }
        for (Path leftover : olds) {
            deleteLeftover(leftover);
        }
        for (Path leftover : stagings) {
            deleteLeftover(leftover);
        }
    }

    private void deleteLeftover(Path leftover) {
        try {
            FileTrees.delete(ops, leftover);
        } catch (IOException e) {
            warnings.add("cannot delete " + show(leftover) + ", left by an earlier run that was killed: "
                    + IoReasons.reason(e));
        }
    }

    /** Steps 2, 5 and 8: the folder must be missing, a real folder, and hold nothing ldnwb did not write. */
    private void requireReplaceable(boolean afterRun) throws IOException {
        BasicFileAttributes a = FileTrees.attributes(target);
        if (a == null) {
            return;
        }
        if (a.isSymbolicLink()) {
            throw new ResultsException("cannot write results to " + show(shown) + ": it is a symbolic link; give the "
                    + "folder it points to with --out");
        }
        if (!a.isDirectory()) {
            throw new ResultsException("cannot write results to " + show(shown) + ": it exists and is not a folder");
        }
        FolderInspection in = FolderInspection.of(target);
        if (in.isOurs()) {
            return;
        }
        String discard = afterRun ? "; the new results are not kept" : "";
        if (in.marked() || afterRun) {
            throw new ResultsException("cannot replace " + show(shown) + ": it holds files that ldnwb did not write: "
                    + in.strangerList() + "; move them elsewhere or choose another folder with --out" + discard);
        }
        throw new ResultsException("cannot write results to " + show(shown) + ": it is not a results folder of ldnwb "
                + "(it has no " + ResultsManifest.FILE_NAME + " and holds " + in.strangerList() + "); delete it or "
                + "choose another folder with --out");
    }

    private Path createStaging() throws IOException {
        for (int attempt = 0;; attempt++) {
            Path p = siblings.fresh(STAGING_INFIX);
            try {
                ops.createDirectory(p);
                return p;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw new ResultsException("cannot write results to " + show(shown) + ": cannot create a staging "
                            + "folder beside it", e);
                }
            } catch (IOException e) {
                throw new ResultsException("cannot write results to " + show(shown) + ": cannot create the staging "
                        + "folder " + show(p) + ": " + IoReasons.reason(e), e);
            }
        }
    }

    /** @return the reason of a failure from reading the file system, with the file it names */
    private static String reasonAndFile(IOException e) {
        String file = e instanceof java.nio.file.FileSystemException ? ((java.nio.file.FileSystemException) e).getFile()
                : null;
        return IoReasons.reason(e) + (file == null ? "" : " (" + Names.escape(file) + ")");
    }
}
