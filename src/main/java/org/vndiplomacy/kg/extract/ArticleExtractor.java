package org.vndiplomacy.kg.extract;

import java.util.List;
import java.util.Objects;
import org.vndiplomacy.kg.annotation.AnnotationFile;
import org.vndiplomacy.kg.annotation.Annotator;
import org.vndiplomacy.kg.annotation.ArticleMeta;

/**
 * The extractor: an article's text in, an annotation in the project's format out, marked as the extractor's work
 * with its version, each fact with a confidence. Entities first (places, then officials by their titles), then the
 * facts that refer to them: positions, visits, partnerships, events, agreements, policy documents, figures.
 */
public final class ArticleExtractor {

    /** The extractor's name, as annotations name it. */
    public static final String NAME = "vn-diplomacy-kg extractor";

    /** Changes whenever the rules or gazetteers change what is extracted. */
    public static final String VERSION = "2";

    private final Gazetteer gazetteer;
    private final IndicatorClassifier indicators;

    public ArticleExtractor(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.indicators = new IndicatorClassifier(IndicatorRule.read());
    }

    /** Extracts one article; {@code sourceFile} is its file name under {@code seeds/articles/}. */
    public AnnotationFile extract(String sourceFile, String text) {
        TextLayout layout = new TextLayout(text);
        ArticleClock clock = ArticleClock.of(layout);
        DateReader dates = new DateReader(layout, clock);
        ExtractionDraft draft = new ExtractionDraft(layout);
        new PlaceFinder(gazetteer).find(draft);
        draft.organizations(new OrganizationFinder(gazetteer).find(draft));
        OfficialFinder officials = new OfficialFinder(gazetteer);
        officials.find(draft);
        PositionFacts.add(draft, officials.holdings(), dates, clock);
        List<VisitFinder.Found> visits = new VisitFinder(officials.officials(), dates).find(draft);
        new PartnershipFinder(gazetteer, dates).find(draft, visits);
        new EventFinder(dates).find(draft);
        new AgreementFinder(dates).find(draft);
        new PolicyDocumentFinder().find(draft);
        new ObservationFinder(indicators, clock, new StatedBy()).find(draft);
        ArticleMeta meta = new ArticleMeta(sourceFile, MetadataReader.title(layout), null, clock.issued(), null, null);
        return new AnnotationFile(AnnotationFile.FORMAT, meta, new Annotator(Annotator.EXTRACTOR, NAME, VERSION),
                draft.entityAnnotations(), draft.facts());
    }
}
