package org.chs.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chs.k8s.manifest.KubernetesObject;

/** The kustomization roots of this module and their renderings by the real kustomize, rendered once per test JVM. */
final class Overlays {

    /** Surefire runs with the module directory as working directory. */
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path BASE = MODULE.resolve("base");
    static final Path LOCAL = MODULE.resolve("overlays/local");
    static final Path PRODUCTION = MODULE.resolve("overlays/production");
    static final List<Path> DEPLOYABLE = List.of(LOCAL, PRODUCTION);
    static final List<String> APPS = List.of("gateway", "site-registry-service", "enrollment-service",
            "settlement-service", "evaluation-service");
    static final Map<String, Integer> PORTS = Map.of("gateway", 8080, "enrollment-service", 8081,
            "settlement-service", 8082, "site-registry-service", 8083, "evaluation-service", 8084);

    private static final Map<Path, List<KubernetesObject>> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static List<KubernetesObject> render(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(root + " does not exist; run the tests from the k8s module");
        }
        return RENDERED.computeIfAbsent(root, r -> Kustomize.onPath().render(r));
    }

    static KubernetesObject find(List<KubernetesObject> objects, String kind, String name) {
        return objects.stream()
                .filter(o -> o.kind().equals(kind) && o.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + objects));
    }

    static KubernetesObject findGenerated(List<KubernetesObject> objects, String kind, String originalName) {
        return objects.stream()
                .filter(o -> o.kind().equals(kind) && o.name().matches(java.util.regex.Pattern.quote(originalName)
                        + "-[a-z0-9]{10}"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no generated " + kind + " " + originalName));
    }
}
