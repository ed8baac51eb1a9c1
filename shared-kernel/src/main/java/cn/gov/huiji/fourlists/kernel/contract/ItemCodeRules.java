package cn.gov.huiji.fourlists.kernel.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The code layouts an item code may follow (R-LIST-2): the two national ones, Henan's, and any plugged in. */
public final class ItemCodeRules {

    /** 基本编码: 12 digits (事项类型, 主项 and 子项 numbers of the national catalogue). */
    public static final ItemCodeRule NATIONAL_BASIC = rule("national-basic", "国家基本编码（12位数字）",
            Pattern.compile("[0-9]{12}"));

    /**
     * 实施编码: 33 characters — the implementing body's 统一社会信用代码 (18, with a valid check character), the basic
     * code (12) and the handling-item number (业务办理项, 3 digits).
     */
    public static final ItemCodeRule NATIONAL_IMPLEMENTATION = new ItemCodeRule() {
        public String id() {
            return "national-implementation";
        }

        public String descriptionZh() {
            return "国家实施编码（33位：统一社会信用代码18位＋基本编码12位＋业务办理项3位）";
        }

        public boolean matches(String code) {
            return code != null && code.length() == 33 && CreditCode.isValid(code.substring(0, 18))
                    && code.substring(18).chars().allMatch(c -> c >= '0' && c <= '9');
        }
    };

    /**
     * Henan's layout for district power lists: division code, bureau, kind of power, number —
     * e.g. 410108-AJ-XK-001 (惠济区 · 安监 · 许可 · 001).
     */
    public static final ItemCodeRule HENAN = rule("henan", "河南省清单编码（如 410108-AJ-XK-001：行政区划代码-部门-权力类型-序号）",
            Pattern.compile("41[0-9]{4}-[A-Z]{2,4}-[A-Z]{2,4}-[0-9]{3,4}"));

    private static final List<ItemCodeRule> ALL;

    static {
        List<ItemCodeRule> rules = new ArrayList<>(List.of(NATIONAL_BASIC, NATIONAL_IMPLEMENTATION, HENAN));
        ServiceLoader.load(ItemCodeRule.class, ItemCodeRules.class.getClassLoader()).forEach(rules::add);
        ALL = List.copyOf(rules);
    }

    private ItemCodeRules() {
    }

    public static List<ItemCodeRule> all() {
        return ALL;
    }

    /** The first layout the code follows, if any. */
    public static Optional<ItemCodeRule> layoutOf(String code) {
        return ALL.stream().filter(r -> r.matches(code)).findFirst();
    }

    /** The credit code inside an implementation code. */
    public static String creditCodeOf(String implementationCode) {
        return implementationCode.substring(0, 18);
    }

    /** The basic code inside an implementation code. */
    public static String basicCodeOf(String implementationCode) {
        return implementationCode.substring(18, 30);
    }

    public static String layoutsZh() {
        return ALL.stream().map(ItemCodeRule::descriptionZh).collect(Collectors.joining("；"));
    }

    private static ItemCodeRule rule(String id, String zh, Pattern pattern) {
        return new ItemCodeRule() {
            public String id() {
                return id;
            }

            public String descriptionZh() {
                return zh;
            }

            public boolean matches(String code) {
                return code != null && pattern.matcher(code).matches();
            }
        };
    }
}
