package io.roadmapgraph.server.settings;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@link java.time.Duration} setting that must be above zero ("5s", "500ms"); checked at start-up. */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface PositiveDuration {

    String message() default "must be a positive duration such as 5s or 500ms (was {validatedValue})";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
