package cn.gov.huiji.fourlists.audit.log;

/**
 * Stored hashes of perfect subtrees: node (level, index) covers leaves [index·2^level, (index+1)·2^level).
 * Level 0 holds the leaf hashes.
 */
public interface NodeSource {
    byte[] node(int level, long index);
}
