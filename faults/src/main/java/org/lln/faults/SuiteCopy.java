package org.lln.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies each packaged application ({@code <module>/target/quarkus-app}) aside before the run, so that a build
 * running beside it cannot replace a jar under a service the run restarts.
 */
final class SuiteCopy {

    private SuiteCopy() {
    }

    /**
     * @param root    the checkout
     * @param copy    where the copy goes (deleted first)
     * @param console where to say so
     * @return the copy's root, to run the stack from
     * @throws IOException when a service is not built
     */
    static Path snapshot(Path root, Path copy, PrintStream console) throws IOException {
        FaultSuite.deleteTree(copy);
        for (String module : List.of("partners-service", "events-service", "collaboration-service", "network-dashboard")) {
            Path app = root.resolve(module).resolve("target/quarkus-app");
            if (!Files.isDirectory(app)) {
                throw new IOException(app + " is missing: build first (mvn -B -DskipTests package)");
            }
            Path into = copy.resolve(module).resolve("target/quarkus-app");
            try (Stream<Path> paths = Files.walk(app)) {
                for (Path path : paths.toList()) {
                    Path target = into.resolve(app.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                }
            }
        }
        Files.copy(root.resolve("pom.xml"), copy.resolve("pom.xml"));
        console.println("Running a copy of the packaged services in " + copy);
        return copy;
    }
}
