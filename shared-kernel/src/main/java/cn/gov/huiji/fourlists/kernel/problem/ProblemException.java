package cn.gov.huiji.fourlists.kernel.problem;

import java.util.List;

/** Thrown by domain code to answer with a problem detail; the message is never user data. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException of(int status, String slug, String title, String titleZh, String detail, String detailZh) {
        return new ProblemException(new Problem(Problem.TYPE_PREFIX + slug, title, titleZh, status, detail, detailZh,
                null, List.of(), List.of()));
    }

    public static ProblemException notFound(String what, String whatZh, String id) {
        return of(404, "not-found", "Not found", "未找到",
                what + " " + id + " does not exist.", whatZh + " " + id + " 不存在。");
    }

    public static ProblemException conflict(String detail, String detailZh) {
        return of(409, "conflict", "Conflict", "冲突", detail, detailZh);
    }

    public static ProblemException invalid(String field, String message, String messageZh) {
        return new ProblemException(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid input", "输入有误", 400,
                "Field '" + field + "': " + message, "字段 " + field + "：" + messageZh, null,
                List.of(new Problem.FieldError(field, message, messageZh)), List.of()));
    }

    /** Many field errors at once, e.g. every row and column error of an import (nothing is half-done). */
    public static ProblemException invalid(String detail, String detailZh, List<Problem.FieldError> errors) {
        return new ProblemException(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid input", "输入有误", 400,
                detail, detailZh, null, List.copyOf(errors), List.of()));
    }
}
