package org.chs.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a paged operation's {@code Pageable} accepts: the fields it may be sorted by and the largest page. A {@code sort} on
 * any other field, or a {@code size} above the maximum, is a 400 that names the allowed fields or the maximum; nothing is
 * silently cut or passed to the database. A {@code Pageable} without this annotation takes no {@code sort} and at most
 * {@code chs.web.max-page-size} items.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Paging {

    /** The properties a client may sort by, e.g. {@code {"createdAt", "status"}}. */
    String[] sortable() default {};

    /** The largest page size; 0 means {@code chs.web.max-page-size}. */
    int maxSize() default 0;
}
