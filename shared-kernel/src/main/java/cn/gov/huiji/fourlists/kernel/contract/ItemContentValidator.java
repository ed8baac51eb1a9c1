package cn.gov.huiji.fourlists.kernel.contract;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

import java.util.List;
import java.util.Objects;

/** Checks the cross-field rules of an item's content (R-LIST-2); messages come from ValidationMessages. */
public class ItemContentValidator implements ConstraintValidator<ValidItemContent, ListItemContent> {

    @Override
    public boolean isValid(ListItemContent item, ConstraintValidatorContext context) {
        if (item == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean ok = true;
        if (item.code() != null && !item.code().isBlank() && ItemCodeRules.layoutOf(item.code()).isEmpty()) {
            ok = fail(context, "{fourlists.item.code.layout}", "code");
        }
        if (item.basicCode() != null && !ItemCodeRules.NATIONAL_BASIC.matches(item.basicCode())) {
            ok = fail(context, "{fourlists.item.basicCode.layout}", "basicCode");
        }
        String credit = item.bodyCreditCode();
        if (credit != null && !CreditCode.isValid(credit)) {
            ok = fail(context, "{fourlists.item.creditCode.check}", "implementingBody", "creditCode");
        }
        String impl = item.implementationCode();
        if (impl != null) {
            if (!ItemCodeRules.NATIONAL_IMPLEMENTATION.matches(impl)) {
                ok = fail(context, "{fourlists.item.implementationCode.layout}", "implementationCode");
            } else if (credit != null && CreditCode.isValid(credit) && !ItemCodeRules.creditCodeOf(impl).equals(credit)) {
                ok = fail(context, "{fourlists.item.implementationCode.body}", "implementationCode");
            } else if (item.basicCode() != null && !ItemCodeRules.basicCodeOf(impl).equals(item.basicCode())) {
                ok = fail(context, "{fourlists.item.implementationCode.basic}", "implementationCode");
            }
        }
        // R-LIST-2: the steps' limits add up to no more than the promised limit, which is within the statutory one.
        if (item.promisedLimitDays() != null && item.statutoryLimitDays() != null
                && item.promisedLimitDays() > item.statutoryLimitDays()) {
            ok = fail(context, "{fourlists.item.promisedLimit}", "promisedLimitDays");
        }
        if (item.processFlow() != null && item.promisedLimitDays() != null) {
            int total = item.processFlow().stream().filter(Objects::nonNull).map(ListItemContent.ProcessStep::timeLimitDays)
                    .filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
            if (total > item.promisedLimitDays()) {
                ok = fail(context, "{fourlists.item.processFlow.limits}", "processFlow");
            }
        }
        if ("FEE".equals(item.list()) && item.fee() == null) {
            ok = fail(context, "{fourlists.item.fee.required}", "fee");
        }
        if ("FUND".equals(item.list()) && item.fund() == null) {
            ok = fail(context, "{fourlists.item.fund.required}", "fund");
        }
        // R-LIST-7: the discretion standards' own rules (category, level order, ranges), each naming its path.
        for (DiscretionRules.Breach breach : DiscretionRules.check(item)) {
            ok = fail(context, breach);
        }
        return ok;
    }

    /** A breach deep in a list, e.g. discretion[0].levels[1].range: each index belongs to the node after it. */
    private static boolean fail(ConstraintValidatorContext context, DiscretionRules.Breach breach) {
        List<DiscretionRules.Breach.Node> path = breach.path();
        NodeBuilderCustomizableContext node = context.buildConstraintViolationWithTemplate(breach.message())
                .addPropertyNode(path.get(0).name());
        NodeBuilderDefinedContext indexed = null;
        for (int i = 1; i < path.size(); i++) {
            DiscretionRules.Breach.Node n = path.get(i);
            node = indexed != null ? indexed.addPropertyNode(n.name()) : node.addPropertyNode(n.name());
            indexed = n.index() != null ? node.inIterable().atIndex(n.index()) : null;
        }
        if (indexed != null) {
            indexed.addConstraintViolation();
        } else {
            node.addConstraintViolation();
        }
        return false;
    }

    private static boolean fail(ConstraintValidatorContext context, String message, String... path) {
        var builder = context.buildConstraintViolationWithTemplate(message).addPropertyNode(path[0]);
        for (int i = 1; i < path.length; i++) {
            builder = builder.addPropertyNode(path[i]);
        }
        builder.addConstraintViolation();
        return false;
    }
}
