package org.chs.enrollment.web;

import org.chs.platform.web.PlatformExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for every error of this service: the platform's rendering plus this service's domain exceptions. */
@RestControllerAdvice
public class GlobalExceptionHandler extends PlatformExceptionHandler {
}
