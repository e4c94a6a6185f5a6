package org.chs.k8s.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML reading with YAML 1.2 core-schema scalars, as kubectl and kustomize read them.
 *
 * <p>SnakeYAML defaults to YAML 1.1, where {@code yes}, {@code on} or {@code 2024-01-01} become booleans and dates;
 * the API server would see strings, so a manifest could pass here and fail there (or the reverse).
 */
public final class Yamls {

    private static final Pattern BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    private static final Pattern INT = Pattern.compile("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$");
    private static final Pattern FLOAT = Pattern.compile(
            "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    private static final Pattern NULL = Pattern.compile("^(?:~|null|Null|NULL|)$");

    private Yamls() {
    }

    private static final class CoreSchemaResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
        }
    }

    private static Yaml yaml() {
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setAllowDuplicateKeys(false);
        DumperOptions dumperOptions = new DumperOptions();
        dumperOptions.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumperOptions.setIndicatorIndent(0);
        return new Yaml(new SafeConstructor(loaderOptions), new Representer(dumperOptions), dumperOptions,
                loaderOptions, new CoreSchemaResolver());
    }

    /** Every non-empty document of a multi-document YAML text, each of which must be a mapping. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> readAll(String text, String origin) {
        List<Map<String, Object>> documents = new ArrayList<>();
        try {
            for (Object document : yaml().loadAll(text)) {
                if (document == null) {
                    continue;
                }
                if (!(document instanceof Map<?, ?>)) {
                    throw new IllegalArgumentException(origin + ": a YAML document is not a mapping");
                }
                documents.add(Trees.deepCopy((Map<String, Object>) document));
            }
        } catch (YAMLException e) {
            throw new IllegalArgumentException(origin + ": invalid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    public static List<Map<String, Object>> readAll(Path file) {
        try {
            return readAll(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** One mapping document, such as a config file carried by a ConfigMap. */
    public static Map<String, Object> readOne(String text, String origin) {
        List<Map<String, Object>> documents = readAll(text, origin);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(origin + ": expected exactly one YAML document, found " + documents.size());
        }
        return documents.get(0);
    }
}
