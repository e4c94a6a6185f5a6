package org.chs.testsupport.arch;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Finds the parts of a request body that a client could make as large as it likes: a string without {@code @Size(max)} (or a
 * {@code @Pattern} that bounds its length), a number without a range, a list or map without {@code @Size(max)}, or a type
 * that takes anything (a {@code Map<String, Object>}, a JSON tree). Annotations are matched by name, so that this module needs
 * neither Bean Validation nor Spring Web.
 */
public final class RequestBodyBounds {

    /** The longest free text a request may carry. */
    public static final int MAX_TEXT = 2000;
    /** The most elements a list in a request may have. */
    public static final int MAX_ELEMENTS = 10_000;

    private static final String CONSTRAINTS = "jakarta.validation.constraints.";
    private static final Set<String> UPPER = Set.of("Max", "DecimalMax", "Negative", "NegativeOrZero", "Digits");
    private static final Set<String> LOWER = Set.of("Min", "DecimalMin", "Positive", "PositiveOrZero", "Digits");
    private static final Set<Class<?>> NUMBERS = Set.of(int.class, long.class, short.class, byte.class, double.class, float.class,
            Integer.class, Long.class, Short.class, Byte.class, Double.class, Float.class, BigDecimal.class, BigInteger.class);
    private static final Pattern UNBOUNDED_QUANTIFIER = Pattern.compile("[*+]|\\{\\d+,}");

    private RequestBodyBounds() {
    }

    /** The unbounded parts of a request body of this type, as {@code path: problem} lines; empty when all is bounded. */
    public static List<String> violations(AnnotatedType body, String name) {
        List<String> violations = new ArrayList<>();
        check(body, List.of(), name, violations, new HashSet<>());
        return violations;
    }

    private static void check(AnnotatedType type, List<Annotation> declared, String path, List<String> violations, Set<Class<?>> visiting) {
        List<Annotation> annotations = new ArrayList<>(declared);
        annotations.addAll(Arrays.asList(type.getAnnotations()));
        Class<?> raw = raw(type.getType());
        if (raw == null) {
            violations.add(path + ": a type variable or wildcard takes anything; use a concrete type");
            return;
        }
        if (CharSequence.class.isAssignableFrom(raw)) {
            Integer max = intValue(find(annotations, "Size"), "max");
            String regexp = stringValue(find(annotations, "Pattern"), "regexp");
            boolean boundedPattern = regexp != null && !UNBOUNDED_QUANTIFIER.matcher(regexp.replaceAll("\\\\.", "")).find();
            if ((max == null || max > MAX_TEXT) && !boundedPattern) {
                violations.add(path + ": a string needs @Size(max = …) of at most " + MAX_TEXT + " or a @Pattern of bounded length");
            }
            return;
        }
        if (NUMBERS.contains(raw)) {
            if (annotations.stream().noneMatch(a -> isConstraint(a, UPPER)) || annotations.stream().noneMatch(a -> isConstraint(a, LOWER))) {
                violations.add(path + ": a number needs a range (@Min/@Positive… and @Max/@DecimalMax…, or @Digits)");
            }
            return;
        }
        if (raw.isEnum() || raw == boolean.class || raw == Boolean.class || raw == UUID.class || raw.getName().startsWith("java.time.")) {
            return;
        }
        if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw.isArray()) {
            Integer max = intValue(find(annotations, "Size"), "max");
            // a set of enum constants, or a map keyed by them, cannot grow beyond the enum
            boolean boundedByEnum = (Set.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))
                    && type instanceof AnnotatedParameterizedType keyed && keyed.getAnnotatedActualTypeArguments().length > 0
                    && isEnum(raw(keyed.getAnnotatedActualTypeArguments()[0].getType()));
            if (!boundedByEnum && (max == null || max > MAX_ELEMENTS)) {
                violations.add(path + ": a " + (Map.class.isAssignableFrom(raw) ? "map" : "list") + " needs @Size(max = …) of at most "
                        + MAX_ELEMENTS);
            }
            if (type instanceof AnnotatedParameterizedType parameterized) {
                AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
                if (Map.class.isAssignableFrom(raw) && arguments.length == 2) {
                    check(arguments[0], List.of(), path + "{key}", violations, visiting);
                    check(arguments[1], List.of(), path + "{value}", violations, visiting);
                } else if (arguments.length == 1) {
                    check(arguments[0], List.of(), path + "[]", violations, visiting);
                }
            } else if (type instanceof AnnotatedArrayType array) {
                if (raw != byte[].class) {
                    check(array.getAnnotatedGenericComponentType(), List.of(), path + "[]", violations, visiting);
                }
            } else {
                violations.add(path + ": a raw collection takes anything; name its element type");
            }
            return;
        }
        if (raw == Object.class || raw.getName().startsWith("tools.jackson.") || raw.getName().startsWith("com.fasterxml.jackson.")) {
            violations.add(path + ": " + raw.getSimpleName() + " takes anything; use a record with bounded fields");
            return;
        }
        if (!raw.getName().startsWith("org.chs.") || !visiting.add(raw)) {
            return;
        }
        if (!path.contains(".") && !path.endsWith("]") && !path.endsWith("}")) {
            // the body itself: @Valid sits on the parameter, which the caller of this class checks
        } else if (annotations.stream().noneMatch(a -> a.annotationType().getName().equals("jakarta.validation.Valid"))) {
            violations.add(path + ": a nested " + raw.getSimpleName() + " needs @Valid, or its bounds are never checked");
        }
        for (Field field : fields(raw)) {
            check(field.getAnnotatedType(), Arrays.asList(field.getAnnotations()), path + "." + field.getName(), violations, visiting);
        }
        visiting.remove(raw);
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return raw(parameterized.getRawType());
        }
        if (type instanceof java.lang.reflect.GenericArrayType array) {
            Class<?> component = raw(array.getGenericComponentType());
            return component == null ? null : component.arrayType();
        }
        return null;
    }

    private static boolean isEnum(Class<?> type) {
        return type != null && type.isEnum();
    }

    private static boolean isConstraint(Annotation annotation, Set<String> names) {
        String name = annotation.annotationType().getName();
        return name.startsWith(CONSTRAINTS) && names.contains(name.substring(CONSTRAINTS.length()))
                || name.equals("org.hibernate.validator.constraints.Range");
    }

    private static Annotation find(List<Annotation> annotations, String simpleName) {
        return annotations.stream().filter(a -> a.annotationType().getName().equals(CONSTRAINTS + simpleName)).findFirst().orElse(null);
    }

    private static Integer intValue(Annotation annotation, String attribute) {
        Object value = value(annotation, attribute);
        return value instanceof Integer i ? i : null;
    }

    private static String stringValue(Annotation annotation, String attribute) {
        Object value = value(annotation, attribute);
        return value instanceof String s ? s : null;
    }

    private static Object value(Annotation annotation, String attribute) {
        if (annotation == null) {
            return null;
        }
        try {
            return annotation.annotationType().getMethod(attribute).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** Whether an element carries an annotation of this name. */
    static boolean annotated(AnnotatedElement element, String annotationName) {
        return Arrays.stream(element.getAnnotations()).anyMatch(a -> a.annotationType().getName().equals(annotationName));
    }
}
