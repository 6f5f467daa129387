package io.revcycle.x12.eligibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.X12Node;

/**
 * The hierarchy of a transaction whose HL loops are siblings in the body (as the reader gives them): each HL loop is
 * placed under the HL its HL02 names. When HL02 does not name an earlier HL of the expected parent level, the loop
 * goes under the latest HL of that level (and {@link #check} reports it); a loop with no possible parent or an unknown
 * level (HL03) is left out.
 */
public final class HlTree {

    /** One HL loop and the HL loops under it. */
    public static final class Node {
        private final Loop loop;
        private final Segment hl;
        private final List<Node> children = new ArrayList<>();

        Node(Loop loop, Segment hl) {
            this.loop = loop;
            this.hl = hl;
        }

        public Loop loop() {
            return loop;
        }

        public Segment hl() {
            return hl;
        }

        public String level() {
            return hl.value(3);
        }

        public List<Node> children() {
            return children;
        }

        public List<Node> children(String level) {
            return children.stream().filter(c -> c.level().equals(level)).toList();
        }

        /** A loop directly inside this HL loop, e.g. "2100A". */
        public Optional<Loop> loop(String id) {
            return loop.loop(id);
        }
    }

    private final String rootLevel;
    private final Map<String, String> parentLevels;
    private final Map<String, String> levelNames;

    /**
     * @param rootLevel    HL03 of the top level (20)
     * @param parentLevels for every other HL03 level, the level its parent must have
     * @param levelNames   words for the levels, for messages
     */
    public HlTree(String rootLevel, Map<String, String> parentLevels, Map<String, String> levelNames) {
        this.rootLevel = rootLevel;
        this.parentLevels = parentLevels;
        this.levelNames = levelNames;
    }

    private static Segment hlOf(Loop loop) {
        for (X12Node n : loop.children()) {
            return n instanceof Segment s && s.id().equals("HL") ? s : null;
        }
        return null;
    }

    /** The top-level nodes (information sources) with everything under them. */
    public List<Node> build(Loop body) {
        List<Node> roots = new ArrayList<>();
        Map<String, Node> byId = new HashMap<>();
        Map<String, Node> lastOfLevel = new HashMap<>();
        for (Loop loop : body.loops()) {
            Segment hl = hlOf(loop);
            if (hl == null) {
                continue;
            }
            Node node = new Node(loop, hl);
            String level = node.level();
            if (level.equals(rootLevel)) {
                roots.add(node);
            } else {
                String expected = parentLevels.get(level);
                if (expected == null) {
                    continue;
                }
                Node parent = byId.get(hl.value(2));
                if (parent == null || !parent.level().equals(expected)) {
                    parent = lastOfLevel.get(expected);
                }
                if (parent == null) {
                    continue;
                }
                parent.children.add(node);
            }
            byId.putIfAbsent(hl.value(1), node);
            lastOfLevel.put(level, node);
        }
        return roots;
    }

    private String name(String level) {
        return levelNames.getOrDefault(level, "level " + level);
    }

    /**
     * HL rules: HL01 numbered 1, 2, 3... in order; HL02 names an earlier HL of the parent level (none for the top
     * level); HL04 (when used) is 1 exactly when a later HL names this one as its parent.
     */
    public void check(Loop body, MappingContext ctx) {
        Map<String, String> levelById = new HashMap<>();
        Set<String> parents = new HashSet<>();
        List<Segment> hls = new ArrayList<>();
        List<String> loopIds = new ArrayList<>();
        for (Loop loop : body.loops()) {
            Segment hl = hlOf(loop);
            if (hl != null) {
                hls.add(hl);
                loopIds.add(loop.id());
                parents.add(hl.value(2));
            }
        }
        int expectedNumber = 1;
        for (int i = 0; i < hls.size(); i++) {
            Segment hl = hls.get(i);
            String loopId = loopIds.get(i);
            String id = hl.value(1);
            String level = hl.value(3);
            if (!id.equals(Integer.toString(expectedNumber))) {
                ctx.situational(hl, loopId, 1, 0, "HL_NUMBERING", "I12", "HL01 should be " + expectedNumber
                        + ": hierarchical ids start at 1 and go up by one in the order of the HL segments");
            }
            expectedNumber++;
            if (!level.equals(rootLevel)) {
                String expected = parentLevels.get(level);
                String parentId = hl.value(2);
                String parentLevel = levelById.get(parentId);
                if (expected != null && !parentId.isEmpty() && parentLevel == null) {
                    ctx.situational(hl, loopId, 2, 0, "HL_PARENT", "I12",
                            "HL02 does not name an earlier HL segment: the " + name(level) + " must sit under an HL of the "
                                    + name(expected));
                } else if (expected != null && parentLevel != null && !parentLevel.equals(expected)) {
                    ctx.situational(hl, loopId, 2, 0, "HL_PARENT", "I12", "HL02 names an HL of the "
                            + name(parentLevel) + ", but the " + name(level) + " must sit under an HL of the "
                            + name(expected));
                }
            }
            String child = hl.value(4);
            boolean hasChildren = !id.isEmpty() && parents.contains(id);
            if ("1".equals(child) && !hasChildren) {
                ctx.situational(hl, loopId, 4, 0, "HL_CHILD_CODE", "I12",
                        "HL04 is 1 (subordinate levels follow) but no HL segment names this " + name(level)
                                + " as its parent");
            } else if ("0".equals(child) && hasChildren) {
                ctx.situational(hl, loopId, 4, 0, "HL_CHILD_CODE", "I12",
                        "HL04 is 0 (no subordinate levels) but a later HL segment names this " + name(level)
                                + " as its parent");
            }
            if (!id.isEmpty()) {
                levelById.putIfAbsent(id, level);
            }
        }
    }

    /** Builds HL segments in document order: numbers, parents and child codes. */
    public static final class Numbering {
        private int next = 1;

        /** The HL segment of a new level; {@code parentId} null for the top level. */
        public Segment hl(String parentId, String level, String childCode) {
            return Parts.segment("HL", Integer.toString(next++), parentId, level, childCode);
        }

        /** The id the next {@link #hl} call will use. */
        public String peek() {
            return Integer.toString(next);
        }
    }
}
