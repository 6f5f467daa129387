package io.revcycle.insights.domain;

/** The events the KPIs are computed from, one fact row each (docs/kpis.md names which KPI reads which). */
public enum FactKind {
    DOCUMENTED, CODED, SUBMITTED, HELD, REJECTED, ADJUDICATED, DENIED, DENIAL_ACTION
}
