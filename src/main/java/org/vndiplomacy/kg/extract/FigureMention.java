package org.vndiplomacy.kg.extract;

/**
 * A number written in the text with what qualifies it: "gần 36,6 tỷ USD", "32,1%", "trên 70 văn kiện", "hàng trăm
 * đoàn", "42/63 tỉnh".
 *
 * @param start offset of the figure, its qualifier word included
 * @param numberStart offset of the number (or of "hàng trăm")
 * @param end offset after the number, its multiplier and its currency or percent sign
 * @param unit {@code USD}, {@code VND}, {@code PERCENT}, or {@code NUM} for a count of what the words after it name
 */
public record FigureMention(int start, int numberStart, int end, String unit) {
}
