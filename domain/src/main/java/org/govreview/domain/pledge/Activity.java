package org.govreview.domain.pledge;

/** 取組事業内容: one thing done under a measure; {@code code} is measure and number, e.g. "III-2-1-3". */
public record Activity(String code, String text) {
}
