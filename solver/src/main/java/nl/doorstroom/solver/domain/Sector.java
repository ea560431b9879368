package nl.doorstroom.solver.domain;

/**
 * The employment-condition sector (collective agreement, cao) an organisation belongs to.
 * Defensie has conditions of its own, apart from CAO Rijk; a pool employer may have its own too.
 */
public enum Sector {
    GEMEENTEN,
    PROVINCIES,
    WATERSCHAPPEN,
    RIJK,
    DEFENSIE,
    POOL
}
