"""The rule registry: an explicit tuple, one module per rule, selected by configuration."""

from __future__ import annotations

from consistency.model import RuleInfo
from consistency.rules import (
    chg001_change_direction,
    dat001_date_mismatch,
    dur001_duration_mismatch,
    dur002_duration_framing,
    neg001_polarity_flip,
    num001_number_mismatch,
    num002_qualifier_drift,
    num003_running_count_update,
    num004_direction_flip,
    num005_tally_mismatch,
    quo001_misquote,
    quo002_quote_speaker,
    rol001_title_state,
    rol002_title_refinement,
    rol003_title_conflict,
    sta001_status_conflict,
    sta002_casualty_kind,
)
from consistency.rules.base import Hit, Rule

ALL_RULES: tuple[Rule, ...] = tuple(
    m.RULE
    for m in (
        num001_number_mismatch,
        num002_qualifier_drift,
        num003_running_count_update,
        num004_direction_flip,
        num005_tally_mismatch,
        dat001_date_mismatch,
        dur001_duration_mismatch,
        dur002_duration_framing,
        neg001_polarity_flip,
        rol001_title_state,
        rol002_title_refinement,
        rol003_title_conflict,
        sta001_status_conflict,
        sta002_casualty_kind,
        chg001_change_direction,
        quo001_misquote,
        quo002_quote_speaker,
    )
)

__all__ = ["ALL_RULES", "Hit", "Rule", "catalogue", "find_rule"]


def find_rule(code_or_name: str) -> Rule | None:
    """Return the rule with this code or name (case-insensitive), or None."""
    key = code_or_name.strip().lower()
    for r in ALL_RULES:
        if key in (r.code.lower(), r.name):
            return r
    return None


def catalogue() -> tuple[RuleInfo, ...]:
    """Every rule as reports describe it (SARIF's driver, the HTML cards), in registry order."""
    return tuple(
        RuleInfo(code=r.code, name=r.name, severity=r.severity, summary=r.summary, doc=r.doc)
        for r in ALL_RULES
    )
