package cn.gov.huiji.fourlists.kernel.contract;

/**
 * One layout of item codes (R-LIST-2: provinces use different layouts). Built-in layouts are in
 * {@link ItemCodeRules}; a province adds its own by listing an implementation in
 * {@code META-INF/services/cn.gov.huiji.fourlists.kernel.contract.ItemCodeRule}.
 */
public interface ItemCodeRule {

    /** A short id, e.g. {@code national-basic}. */
    String id();

    /** What the layout is, in Chinese, for error messages and the API description. */
    String descriptionZh();

    boolean matches(String code);
}
