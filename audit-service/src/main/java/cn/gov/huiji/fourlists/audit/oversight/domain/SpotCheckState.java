package cn.gov.huiji.fourlists.audit.oversight.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "ANNOUNCED 已公告 (awaiting its seed head), SAMPLED 已抽取")
public enum SpotCheckState { ANNOUNCED, SAMPLED }
