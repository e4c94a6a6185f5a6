package org.chs.k8s;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chs.k8s.manifest.KubernetesObject;
import org.chs.k8s.manifest.Yamls;

/**
 * Renders a kustomization root with the real kustomize: {@code kubectl kustomize <dir>}, or a standalone
 * {@code kustomize build <dir>} where only that is installed. The module holds no renderer of its own, so what the
 * tests validate is exactly what {@code kubectl apply -k} would send.
 */
final class Kustomize {

    static final String INSTALL_HINT = """
            k8s renders its overlays with the real kustomize, and neither kubectl nor kustomize is on PATH (%s).
            Install one of them (k8s/README.md, "Validation"):
              kubectl 1.32 (kustomize v5.5.0 built in) from the Kubernetes apt repository:
                curl -fsSL https://pkgs.k8s.io/core:/stable:/v1.32/deb/Release.key | sudo gpg --dearmor -o /etc/apt/keyrings/kubernetes-apt-keyring.gpg
                echo 'deb [signed-by=/etc/apt/keyrings/kubernetes-apt-keyring.gpg] https://pkgs.k8s.io/core:/stable:/v1.32/deb/ /' | sudo tee /etc/apt/sources.list.d/kubernetes.list
                sudo apt-get update && sudo apt-get install -y kubectl
              or the kustomize release binary:
                curl -fsSL https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%%2Fv5.5.0/kustomize_v5.5.0_linux_amd64.tar.gz | tar -xz kustomize
                sudo install kustomize /usr/local/bin/
            """;

    private static final long TIMEOUT_SECONDS = 60;

    private final List<String> command;

    private Kustomize(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** kubectl's built-in kustomize if kubectl is on the search path, else a standalone kustomize, else a failure. */
    static Kustomize onPath() {
        return find(System.getenv().getOrDefault("PATH", ""));
    }

    static Kustomize find(String searchPath) {
        Optional<Path> kubectl = executable(searchPath, "kubectl");
        if (kubectl.isPresent()) {
            return new Kustomize(List.of(kubectl.get().toString(), "kustomize"));
        }
        return executable(searchPath, "kustomize")
                .map(kustomize -> new Kustomize(List.of(kustomize.toString(), "build")))
                .orElseThrow(() -> new IllegalStateException(INSTALL_HINT.formatted(searchPath)));
    }

    private static Optional<Path> executable(String searchPath, String name) {
        return Stream.of(searchPath.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The command line without the kustomization root, e.g. {@code [/usr/bin/kubectl, kustomize]}. */
    List<String> command() {
        return command;
    }

    /**
     * The objects kustomize renders from the root, in its output order. A failure, and also any warning kustomize
     * prints (such as a deprecated field), fails with kustomize's own words: a warning today is an error in the
     * next kustomize.
     */
    List<KubernetesObject> render(Path root) {
        List<String> commandLine = new ArrayList<>(command);
        commandLine.add(root.toString());
        String shown = String.join(" ", commandLine);
        try {
            Path stderr = Files.createTempFile("kustomize", ".stderr");
            try {
                Process process = new ProcessBuilder(commandLine).redirectError(stderr.toFile()).start();
                process.getOutputStream().close();
                byte[] output = process.getInputStream().readAllBytes();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(shown + " did not finish within " + TIMEOUT_SECONDS + " s");
                }
                String errors = Files.readString(stderr, StandardCharsets.UTF_8).strip();
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(shown + " failed (exit " + process.exitValue() + "):\n" + errors);
                }
                if (!errors.isEmpty()) {
                    throw new IllegalStateException(shown + " rendered with warnings; fix the kustomization:\n"
                            + errors);
                }
                return Yamls.readAll(new String(output, StandardCharsets.UTF_8), shown).stream()
                        .map(KubernetesObject::new)
                        .toList();
            } finally {
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + shown, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + shown, e);
        }
    }
}
