package cn.gov.huiji.fourlists.kernel.contract;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The rules of R-LIST-2 that span fields; each broken rule names its field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ItemContentValidator.class)
public @interface ValidItemContent {
    String message() default "{fourlists.item.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
