package org.lln.localstack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A dynamic AppCDS archive per JVM of the suite (JEP 350, JDK 13+): the classes a start loaded, stored when that
 * JVM exits and mapped by the next start of the same build instead of read and verified from the jars again.
 * The archive's name holds the build's stamp, so a new build writes a new one; the JVM itself ignores an archive
 * whose class path does not match (it then starts without one).
 */
final class ClassDataArchive {

    private ClassDataArchive() {}

    /**
     * @param cds   the directory for the archives, under the state directory
     * @param name  the JVM's name, unique among the suite's JVMs
     * @param stamp the build's stamp (a jar's modification time)
     * @return {@code -XX:SharedArchiveFile=...} when this build's archive exists, else {@code -XX:ArchiveClassesAtExit=...}
     * @throws IOException when the directory cannot be made
     */
    static String option(Path cds, String name, long stamp) throws IOException {
        Files.createDirectories(cds);
        String prefix = name.replaceAll("[^A-Za-z0-9.-]", "_") + "-";
        Path archive = cds.resolve(prefix + stamp + ".jsa");
        if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
            return "-XX:SharedArchiveFile=" + archive;
        }
        // an earlier build's archive is never mapped again: 40-100 MB each
        Pattern earlier = Pattern.compile(Pattern.quote(prefix) + "\\d+\\.jsa");
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(cds, "*.jsa")) {
            for (Path old : archives) {
                if (earlier.matcher(old.getFileName().toString()).matches()) {
                    Files.deleteIfExists(old);
                }
            }
        }
        return "-XX:ArchiveClassesAtExit=" + archive;
    }

    /**
     * @param archives the directory for the archives, or empty when the JVM keeps none
     * @param name     the JVM's name, unique among the suite's JVMs
     * @param stamp    the build's stamp (a jar's modification time)
     * @return the JVM options: none without a directory, else {@link #option} and a log setting that keeps only
     *         errors (a dump lists every class it skips as a warning)
     * @throws IOException when the directory cannot be made
     */
    static List<String> jvmOptions(Optional<Path> archives, String name, long stamp) throws IOException {
        if (archives.isEmpty()) {
            return List.of();
        }
        return List.of(option(archives.get(), name, stamp), "-Xlog:cds*=error");
    }

    /**
     * @param option what {@link #option} returned
     * @return whether the JVM writes its archive when it exits (which lengthens its stop)
     */
    static boolean writes(String option) {
        return option.startsWith("-XX:ArchiveClassesAtExit=");
    }
}
