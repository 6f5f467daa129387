package io.revcycle.x12.model;

/** What a loop holds, in document order: segments and nested loops. */
public sealed interface X12Node permits Segment, Loop {
}
