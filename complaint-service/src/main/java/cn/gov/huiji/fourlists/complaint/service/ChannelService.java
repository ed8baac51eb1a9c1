package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.kernel.events.ComplaintEvents;
import cn.gov.huiji.fourlists.complaint.domain.ChannelKind;
import cn.gov.huiji.fourlists.complaint.domain.ComplaintChannel;
import cn.gov.huiji.fourlists.kernel.outbox.TraceRecorder;
import cn.gov.huiji.fourlists.kernel.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Keeps the published channels (Art. 28: phone, fax, address and e-mail must be published). */
@ApplicationScoped
public class ChannelService {

    /** Art. 28 names these four; the online form is Art. 9's 政务服务网 channel. */
    static final Set<ChannelKind> REQUIRED = EnumSet.of(ChannelKind.PHONE, ChannelKind.FAX, ChannelKind.POSTAL_ADDRESS, ChannelKind.EMAIL);

    private final TraceRecorder traces;

    public ChannelService(TraceRecorder traces) {
        this.traces = traces;
    }

    public List<ComplaintChannel> published() {
        return ComplaintChannel.listAll(Sort.by("kind"));
    }

    /** Replaces the published channels as a whole. */
    @Transactional
    public List<ComplaintChannel> replace(List<ChannelInput> channels) {
        EnumSet<ChannelKind> given = EnumSet.noneOf(ChannelKind.class);
        for (int i = 0; i < channels.size(); i++) {
            if (!given.add(channels.get(i).kind())) {
                throw ProblemException.invalid("[" + i + "].kind", "channel kind given twice", "渠道类型重复");
            }
        }
        EnumSet<ChannelKind> missing = EnumSet.copyOf(REQUIRED);
        missing.removeAll(given);
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("kind", "Art. 28 requires phone, fax, postal address and e-mail; missing " + missing,
                    "第二十八条要求公布电话、传真、通信地址和电子信箱，缺少：" + missing);
        }
        ComplaintChannel.deleteAll();
        for (ChannelInput input : channels) {
            ComplaintChannel channel = new ComplaintChannel();
            channel.kind = input.kind();
            channel.value = input.value();
            channel.serviceHours = input.serviceHours();
            channel.persist();
        }
        traces.record(ComplaintEvents.CHANNELS_UPDATED, "channels",
                new ComplaintEvents.ChannelsUpdated(given.stream().map(Enum::name).toList()));
        return published();
    }
}
