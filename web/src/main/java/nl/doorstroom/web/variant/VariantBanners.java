package nl.doorstroom.web.variant;

import org.springframework.stereotype.Component;

/**
 * What the programme pages' tabs show of variants: on a variant's pages, which programme it belongs to, so a
 * coordinator never mistakes a variant's board for the draft. The tabs template asks this bean, so every
 * programme page gets it without its controller knowing about variants.
 */
@Component("variantBanners")
public class VariantBanners {

    /** The variant a page shows: its id, name and programme. */
    public record Banner(long variantId, String name, long programmeId, String programmeName) {
    }

    private final VariantRepository repository;

    VariantBanners(VariantRepository repository) {
        this.repository = repository;
    }

    /** The banner of a variant's pages; null on a programme's own pages. */
    public Banner of(long programmeId) {
        return repository.find(programmeId)
                .map(v -> new Banner(v.id(), v.name(), v.programmeId(), v.programmeName())).orElse(null);
    }
}
