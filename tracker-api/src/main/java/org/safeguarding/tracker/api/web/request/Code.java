package org.safeguarding.tracker.api.web.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.safeguarding.tracker.domain.code.CodeFormat;

/**
 * A request string that must be a board, agency or theme code, checked by the domain's {@link CodeFormat} so
 * that every bad field of a body is reported in one answer; {@code null} is left to {@code @NotBlank}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Code.Check.class)
public @interface Code {

    String message() default CodeFormat.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Code, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CodeFormat.matches(value);
        }
    }
}
