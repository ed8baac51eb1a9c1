package cn.gov.huiji.fourlists.list.rest;

import java.util.List;

/** One page of results. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
