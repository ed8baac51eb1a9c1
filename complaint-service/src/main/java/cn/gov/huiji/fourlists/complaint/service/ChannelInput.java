package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.domain.ChannelKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A published complaint channel (投诉举报渠道)")
public record ChannelInput(
        @Schema(description = "PHONE 电话, FAX 传真, POSTAL_ADDRESS 通信地址, EMAIL 电子信箱, ONLINE_FORM 网上投诉") @NotNull ChannelKind kind,
        @Schema(description = "Number, address or URL (号码、地址或网址)", examples = "0371-63300000") @NotBlank @Size(max = 300) String value,
        @Schema(description = "Service hours (受理时间)", examples = "工作日 8:30–12:00，14:30–17:30") @Size(max = 200) String serviceHours) {
}
