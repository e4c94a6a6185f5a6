package org.chs.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The Keycloak server distribution, unzipped once from the local Maven repository into the stack's folder. */
final class KeycloakDistribution {

    private KeycloakDistribution() {
    }

    /** Returns {@code home}, unzipping {@code zip} into it first unless a previous run already did. */
    static Path ensureInstalled(Path zip, Path home) {
        if (isInstalled(home)) {
            return home;
        }
        if (!Files.isRegularFile(zip)) {
            throw new LocalStackException("The Keycloak distribution is not at " + zip + ". Building the launcher "
                    + "fetches it ('mvn -pl local-stack package'); or fetch it alone with 'mvn dependency:get "
                    + "-Dartifact=org.keycloak:keycloak-quarkus-dist:<version>:zip', or pass --keycloak-zip=<file>.");
        }
        Console.info("unzipping " + zip.getFileName() + " into " + home + " (once)");
        // Unzip beside the target and rename at the end, so an interrupted unzip never looks like an installation.
        Path staging = home.resolveSibling(home.getFileName() + ".unzipping-" + ProcessHandle.current().pid());
        try {
            deleteRecursively(staging);
            unzipStrippingTopFolder(zip, staging);
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
            // Another launcher finished first; its installation is as good as ours.
            deleteRecursively(staging);
        } catch (IOException e) {
            deleteRecursively(staging);
            throw new LocalStackException("Cannot unzip " + zip + " into " + home + ": " + e.getMessage(), e);
        }
        return home;
    }

    static boolean isInstalled(Path home) {
        return Files.isRegularFile(home.resolve("bin").resolve("kc.sh"));
    }

    static void unzipStrippingTopFolder(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path destination = root.resolve(name.substring(slash + 1)).normalize();
                if (!destination.startsWith(root)) {
                    throw new IOException("zip entry '" + name + "' points outside the target folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
                // java.util.zip drops Unix modes; the scripts are the only files that must be executable.
                if (destination.getParent().getFileName().toString().equals("bin") && name.endsWith(".sh")) {
                    destination.toFile().setExecutable(true, false);
                }
            }
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            Console.warn("could not delete " + path + ": " + e.getMessage());
        }
    }
}
