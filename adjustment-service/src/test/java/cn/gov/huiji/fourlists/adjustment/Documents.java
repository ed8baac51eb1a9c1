package cn.gov.huiji.fourlists.adjustment;

import cn.gov.huiji.fourlists.adjustment.rest.RequestInput;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The document behind the tests' triggers: the 2021 amendment of the Work Safety Law. */
final class Documents {
    static final List<RequestInput.Document> LAW = List.of(
            new RequestInput.Document("《中华人民共和国安全生产法》（2021年修正）", "主席令第八十八号", LocalDate.of(2021, 6, 10)));
    static final List<Map<String, String>> LAW_JSON = List.of(
            Map.of("title", "《中华人民共和国安全生产法》（2021年修正）", "number", "主席令第八十八号", "date", "2021-06-10"));

    private Documents() {
    }
}
