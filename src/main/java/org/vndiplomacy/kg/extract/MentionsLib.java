package org.vndiplomacy.kg.extract;

/** Kinds of refs, as the finders ask for them: by the prefix of the ref, and who may be credited with words. */
final class MentionsLib {

    private MentionsLib() {
    }

    /** Whether a ref is of one of the kinds given by their ref prefixes ({@code "country/"}, {@code "official/"}). */
    static boolean ofKind(String ref, String... kinds) {
        for (String k : kinds) {
            if (ref.startsWith(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a ref names someone who can state a figure: an official or an organization. */
    static boolean speaker(String ref) {
        return ofKind(ref, "official/", "organization/");
    }
}
