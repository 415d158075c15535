package io.roadmapgraph.server.settings;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

import java.time.Duration;

/** Checks {@link PositiveDuration}: null is left to {@code @NotNull}. */
@Singleton
class PositiveDurationValidator implements ConstraintValidator<PositiveDuration, Duration> {

    @Override
    public boolean isValid(@Nullable Duration value, AnnotationValue<PositiveDuration> annotation,
                           ConstraintValidatorContext context) {
        return value == null || (!value.isNegative() && !value.isZero());
    }
}
