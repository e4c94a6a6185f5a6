package org.chs.testsupport.arch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;

/**
 * Finds the MongoDB {@code @Document}s a handler's return type would serialise: the type itself, its type arguments at any
 * depth, and the fields of the platform's own types it carries (a response record holding a document leaks it as surely
 * as returning it).
 */
final class ReturnedDocuments {

    private static final String DOCUMENT = "org.springframework.data.mongodb.core.mapping.Document";
    /** Only the platform's own types are walked into; library types (ResponseEntity, Page, …) count by their type arguments. */
    private static final String PLATFORM_PACKAGE = "org.chs.";

    private ReturnedDocuments() {
    }

    /** How each document is reached, e.g. {@code org.chs.x.Parcel} or {@code ParcelView.parcel -> org.chs.x.Parcel}. */
    static List<String> in(JavaType returnType) {
        List<String> found = new ArrayList<>();
        walk(returnType, "", new HashSet<>(), found);
        return found;
    }

    private static void walk(JavaType type, String via, Set<JavaClass> seen, List<String> found) {
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            if (raw.isAnnotatedWith(DOCUMENT)) {
                found.add(via + raw.getName());
            } else if (raw.getName().startsWith(PLATFORM_PACKAGE) && !raw.isEnum() && seen.add(raw)) {
                for (JavaField field : raw.getAllFields()) {
                    if (!field.getModifiers().contains(JavaModifier.STATIC)) {
                        walk(field.getType(), via + raw.getSimpleName() + "." + field.getName() + " -> ", seen, found);
                    }
                }
            }
        }
    }
}
