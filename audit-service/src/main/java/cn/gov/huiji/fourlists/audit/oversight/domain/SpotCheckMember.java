package cn.gov.huiji.fourlists.audit.oversight.domain;

/** One object of a drawn sample: its place (1 = smallest rank), the object, and its rank, hex SHA-256(seed || object). */
public record SpotCheckMember(int position, String object, String rank) {
}
