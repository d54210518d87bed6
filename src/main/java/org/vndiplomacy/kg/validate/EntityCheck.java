package org.vndiplomacy.kg.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vndiplomacy.kg.annotation.EntityAnnotation;
import org.vndiplomacy.kg.annotation.Mention;

/** Checks one file's entities: unique refs, reference data, labels, localities' countries, mentions. */
final class EntityCheck {

    private final AnnotatedArticle input;
    private final KnownTerms terms;
    private final List<Problem> problems;
    private final Map<String, String> spanOwners = new HashMap<>();

    EntityCheck(AnnotatedArticle input, KnownTerms terms, List<Problem> problems) {
        this.input = input;
        this.terms = terms;
        this.problems = problems;
    }

    /** Checks every entity and returns the declared refs with their place. */
    Map<String, String> run() {
        Map<String, String> declared = new HashMap<>();
        List<EntityAnnotation> entities = input.annotation().entities();
        for (int i = 0; i < entities.size(); i++) {
            EntityAnnotation entity = entities.get(i);
            String place = "$.entities[" + i + "]";
            String first = declared.putIfAbsent(entity.ref(), place);
            if (first != null) {
                problem(place + ".ref", entity.ref() + " is declared twice (first at " + first + ")");
            }
            checkEntity(place, entity);
        }
        return declared;
    }

    private void checkEntity(String place, EntityAnnotation entity) {
        boolean inReference = terms.referenceRefs().contains(entity.ref());
        if (entity.kind().equals("country") && !inReference) {
            problem(place + ".ref", entity.ref() + " is not a country of the reference data"
                    + " (expected a lower-case ISO 3166-1 alpha-2 code listed in ontology/reference/countries.ttl)");
        }
        if (inReference && entity.wikidata() != null) {
            problem(place + ".wikidata", entity.ref() + " takes its Wikidata item from the reference data;"
                    + " expected no wikidata here");
        }
        if (!inReference && entity.label() == null) {
            problem(place + ".label", "missing; expected the Vietnamese name of " + entity.ref()
                    + " as the article writes it (it is not in the reference data)");
        }
        if (entity.kind().equals("locality")) {
            checkLocalityCountries(place, entity);
        } else if (entity.kind().equals("organization")) {
            checkOrganizationCountry(place, entity);
        } else if (!entity.country().isEmpty()) {
            problem(place + ".country", "only localities and organizations have a country; " + entity.ref()
                    + " is neither");
        }
        for (int m = 0; m < entity.mentions().size(); m++) {
            checkMention(place + ".mentions[" + m + "]", entity, entity.mentions().get(m));
        }
    }

    private void checkLocalityCountries(String place, EntityAnnotation entity) {
        if (entity.country().isEmpty()) {
            problem(place + ".country", "missing; expected the country ref of locality " + entity.ref());
        }
        for (String country : entity.country()) {
            if (!country.startsWith("country/") || !terms.referenceRefs().contains(country)) {
                problem(place + ".country", country + " is not a country of the reference data");
            }
        }
    }

    /** A national body (ministry, party, government, embassy) may name the one country it belongs to. */
    private void checkOrganizationCountry(String place, EntityAnnotation entity) {
        if (entity.country().size() > 1) {
            problem(place + ".country", "an organization belongs to one country at most; got "
                    + entity.country().size());
        }
        for (String country : entity.country()) {
            if (!country.startsWith("country/") || !terms.referenceRefs().contains(country)) {
                problem(place + ".country", country + " is not a country of the reference data");
            }
        }
    }

    private void checkMention(String place, EntityAnnotation entity, Mention mention) {
        if (!SpanCheck.check(input.display(), place, mention, input.article(), problems)) {
            return;
        }
        String span = mention.start() + "-" + mention.end();
        String owner = spanOwners.putIfAbsent(span, entity.ref());
        if (owner != null) {
            problem(place, "the span " + span + " is already a mention of " + owner);
        }
    }

    private void problem(String place, String message) {
        problems.add(new Problem(input.display(), place, message));
    }
}
