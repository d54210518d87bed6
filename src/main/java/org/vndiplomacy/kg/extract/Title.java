package org.vndiplomacy.kg.extract;

/**
 * A title written before an official's name ("Bộ trưởng Bộ Ngoại giao", "Tổng thống").
 *
 * @param role the local name of its Role concept
 * @param organization the ref of the body the title itself names, or {@code null} when the text around says it
 * @param scope {@code vn} for titles only Vietnamese officials hold, {@code foreign} for others', {@code any}
 */
public record Title(String form, String role, String organization, String scope) {
}
