package nl.doorstroom.web.publishing;

/**
 * A version was published ({@code previous} is 0 for the first). Hosts and participants are told about it once
 * the publication is committed, so a rolled-back publication tells nobody.
 */
public record PlanPublished(long programmeId, int previous, int number) {
}
