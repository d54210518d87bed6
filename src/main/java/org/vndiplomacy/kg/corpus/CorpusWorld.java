package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * What every article of a corpus draws on: Vietnam, its partners, provinces, bodies, officials and policy documents,
 * each pool ordered so that its first items are the most often written about. Made from a seed alone, so that all the
 * articles of one corpus share it.
 *
 * @param entities every entity by ref, for the annotation's entity list (looked up, never iterated)
 * @param counterparts the partners whose officials the articles name
 * @param nationalByRole Vietnam's national officials by the local name of their role
 * @param provincialOfficials each province's leaders, by the province's ref
 * @param foreignOfficials the officials of each of the counterparts, by its ref
 * @param capitals a city of each partner where events abroad take place, by the partner's ref
 */
record CorpusWorld(long seed, Entity vietnam, ZipfPool<Entity> partners, ZipfPool<Entity> counterparts,
        ZipfPool<Entity> provinces, ZipfPool<Entity> internationals, ZipfPool<Official> nationalOfficials,
        Map<String, List<Official>> nationalByRole,
        Map<String, ZipfPool<Official>> provincialOfficials, Map<String, ZipfPool<Official>> foreignOfficials,
        Map<String, Entity> capitals, ZipfPool<PolicyDocumentSpec> documents, Map<String, Entity> entities,
        MeasureBook measures) {

    CorpusWorld {
        Objects.requireNonNull(vietnam, "vietnam");
    }

    /**
     * A Vietnamese official holding one of the roles on a day, drawn uniformly; any holder of them if none is in
     * office that day.
     */
    Official holder(SplittableRandom random, LocalDate day, String... roles) {
        List<Official> holders = new ArrayList<>();
        for (String role : roles) {
            holders.addAll(nationalByRole.getOrDefault(role, List.of()));
        }
        if (holders.isEmpty()) {
            throw new IllegalStateException("no official holds " + String.join(" or ", roles));
        }
        List<Official> serving = holders.stream().filter(o -> o.serves(day)).toList();
        List<Official> from = serving.isEmpty() ? holders : serving;
        return from.get(random.nextInt(from.size()));
    }

    /** An official of a counterpart with the role on a day, or any of its officials then if none has it. */
    Official foreignHolder(SplittableRandom random, LocalDate day, String country, String role) {
        List<Official> officials = foreignOfficials.get(country).items().stream().filter(o -> o.serves(day)).toList();
        List<Official> holders = officials.stream().filter(o -> o.role().equals(role)).toList();
        List<Official> from = holders.isEmpty() ? officials : holders;
        return from.get(random.nextInt(from.size()));
    }

    Entity entity(String ref) {
        Entity entity = entities.get(ref);
        if (entity == null) {
            throw new IllegalStateException("the generator named an entity it does not know: " + ref);
        }
        return entity;
    }
}
