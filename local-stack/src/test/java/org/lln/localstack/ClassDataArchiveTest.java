package org.lln.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path cds;

    @Test
    void aNewBuildWritesItsArchiveAndDropsOnlyItsOwnEarlierOne() throws IOException {
        Path earlier = Files.writeString(cds.resolve("partners-service-100.jsa"), "x");
        Path secondInstance = Files.writeString(cds.resolve("partners-service-2-100.jsa"), "x");
        Path other = Files.writeString(cds.resolve("events-service-100.jsa"), "x");

        String option = ClassDataArchive.option(cds, "partners-service", 200);

        assertEquals("-XX:ArchiveClassesAtExit=" + cds.resolve("partners-service-200.jsa"), option);
        assertTrue(ClassDataArchive.writes(option));
        assertFalse(Files.exists(earlier));
        assertTrue(Files.exists(secondInstance));
        assertTrue(Files.exists(other));
    }

    @Test
    void theSameBuildMapsItsArchive() throws IOException {
        Files.writeString(cds.resolve("kafka-1-200.jsa"), "x");

        String option = ClassDataArchive.option(cds, "kafka-1", 200);

        assertEquals("-XX:SharedArchiveFile=" + cds.resolve("kafka-1-200.jsa"), option);
        assertFalse(ClassDataArchive.writes(option));
    }

    @Test
    void anEmptyArchiveLeftByAnInterruptedDumpIsWrittenAgain() throws IOException {
        Files.createFile(cds.resolve("network-dashboard-200.jsa"));

        assertTrue(ClassDataArchive.writes(ClassDataArchive.option(cds, "network-dashboard", 200)));
    }
}
