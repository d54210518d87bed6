package org.vndiplomacy.kg.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.PartialDate;
import org.vndiplomacy.kg.annotation.RefLib;

/** Checks one file's facts: unique ids, evidence, references, concepts and dates. Figures go to FigureCheck. */
final class FactCheck {

    private static final Set<String> PARTIES = Set.of("country", "organization");
    private static final Set<String> PLACES = Set.of("country", "locality");
    private static final Set<String> BODIES = Set.of("organization", "country", "locality");
    private static final Set<String> ANY = RefLib.ENTITY_KINDS;
    private static final Set<String> OFFICIAL = Set.of("official");
    private static final Set<String> ORGANIZATION = Set.of("organization");

    private final AnnotatedArticle input;
    private final KnownTerms terms;
    private final Map<String, String> declared;
    private final List<Problem> problems;
    private final Map<String, Fact> byId = new HashMap<>();

    FactCheck(AnnotatedArticle input, KnownTerms terms, Map<String, String> declared, List<Problem> problems) {
        this.input = input;
        this.terms = terms;
        this.declared = declared;
        this.problems = problems;
    }

    void run() {
        List<Fact> facts = input.annotation().facts();
        for (int i = 0; i < facts.size(); i++) {
            Fact first = byId.putIfAbsent(facts.get(i).id(), facts.get(i));
            if (first != null) {
                problem("$.facts[" + i + "].id", "\"" + facts.get(i).id() + "\" is used by an earlier fact");
            }
        }
        boolean extracted = !input.annotation().annotator().isCurated();
        for (int i = 0; i < facts.size(); i++) {
            String place = "$.facts[" + i + "]";
            Fact fact = facts.get(i);
            for (int e = 0; e < fact.evidence().size(); e++) {
                SpanCheck.check(input.display(), place + ".evidence[" + e + "]", fact.evidence().get(e),
                        input.article(), problems);
            }
            if (extracted && fact.confidence() == null) {
                problem(place + ".confidence", "missing; an extracted fact needs a confidence between 0 and 1");
            }
            checkFact(place, fact);
        }
    }

    private void checkFact(String place, Fact fact) {
        if (fact instanceof Fact.PositionHolding p) {
            ref(place, "holder", p.holder(), OFFICIAL);
            concept(place, "role", "Role", p.role());
            ref(place, "organization", p.organization(), BODIES);
            date(place, "attestedOn", p.attestedOn());
        } else if (fact instanceof Fact.Partnership p) {
            refs(place, "partners", p.partners(), PARTIES);
            concept(place, "level", "PartnershipLevel", p.level());
            date(place, "date", p.date());
            factRef(place, "occasion", p.occasion(), Set.of("Visit", "Event"));
        } else if (fact instanceof Fact.Visit v) {
            ref(place, "visitor", v.visitor(), OFFICIAL);
            ref(place, "destination", v.destination(), PLACES);
            refs(place, "invitedBy", v.invitedBy(), ANY);
            factRef(place, "purpose", v.purpose(), Set.of("Event"));
            dateRange(place, "startDate", v.startDate(), "endDate", v.endDate());
        } else if (fact instanceof Fact.Event e) {
            ref(place, "location", e.location(), PLACES);
            refs(place, "chairs", e.chairs(), OFFICIAL);
            refs(place, "coChairs", e.coChairs(), OFFICIAL);
            refs(place, "participants", e.participants(), ANY);
            ref(place, "organizer", e.organizer(), BODIES);
            dateRange(place, "startDate", e.startDate(), "endDate", e.endDate());
        } else if (fact instanceof Fact.Agreement a) {
            concept(place, "agreementType", "AgreementType", a.agreementType());
            refs(place, "parties", a.parties(), PARTIES);
            date(place, "signedOn", a.signedOn());
        } else if (fact instanceof Fact.PolicyDocument d) {
            ref(place, "issuer", d.issuer(), ORGANIZATION);
            date(place, "issuedOn", d.issuedOn());
        } else if (fact instanceof Fact.Observation o) {
            concept(place, "indicator", "Indicator", o.indicator());
            ref(place, "refArea", o.refArea(), ANY);
            ref(place, "statedBy", o.statedBy(), ANY);
            dateRange(place, "periodStart", o.periodStart(), "periodEnd", o.periodEnd());
            dateRange(place, "basePeriodStart", o.basePeriodStart(), "basePeriodEnd", o.basePeriodEnd());
            new FigureCheck(input.display(), problems).check(place, o);
        }
    }

    private void ref(String place, String field, String ref, Set<String> kinds) {
        if (ref == null) {
            return;
        }
        if (!kinds.contains(RefLib.kind(ref))) {
            problem(place + "." + field, ref + " is not of the expected kind (expected " + String.join(" or ",
                    kinds.stream().sorted().toList()) + ")");
        } else if (!declared.containsKey(ref)) {
            problem(place + "." + field, ref + " is not declared in $.entities");
        }
    }

    private void refs(String place, String field, List<String> refs, Set<String> kinds) {
        if (refs == null) {
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            ref(place, field + "[" + i + "]", refs.get(i), kinds);
        }
    }

    private void factRef(String place, String field, String id, Set<String> types) {
        if (id == null) {
            return;
        }
        Fact target = byId.get(id);
        if (target == null) {
            problem(place + "." + field, "\"" + id + "\" is not the id of a fact in this file");
        } else if (!types.contains(target.type())) {
            problem(place + "." + field, "\"" + id + "\" is " + article(target.type()) + "; expected the id of "
                    + String.join(" or ", types.stream().sorted().map(FactCheck::article).toList()));
        }
    }

    private static String article(String noun) {
        return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private void concept(String place, String field, String scheme, String name) {
        if (name != null && !terms.hasConcept(scheme, name)) {
            problem(place + "." + field, name + " is not one of the " + scheme + " concepts of ontology/concepts.ttl");
        }
    }

    private Optional<PartialDate> date(String place, String field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<PartialDate> date = PartialDate.parse(text);
        if (date.isEmpty()) {
            problem(place + "." + field, "\"" + text + "\" is not a real date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        return date;
    }

    private void dateRange(String place, String startField, String start, String endField, String end) {
        Optional<PartialDate> from = date(place, startField, start);
        Optional<PartialDate> to = date(place, endField, end);
        if ((start == null) != (end == null) && startField.startsWith("base")) {
            problem(place + "." + (start == null ? startField : endField), "missing; give both ends of the base period");
        }
        if (from.isPresent() && to.isPresent() && to.get().last().isBefore(from.get().first())) {
            problem(place + "." + endField, end + " is before " + startField + " " + start);
        }
    }

    private void problem(String place, String message) {
        problems.add(new Problem(input.display(), place, message));
    }
}
