import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Workspace } from '../../contract/workspace';
import { computeFunnel, type FunnelIssue, type FunnelOutcome } from '../../domain/funnel';
import type { FunnelPeriod } from '../../domain/funnel-schema';
import { LOCALES } from '../kit/format';
import type { SharedGoalSlice } from './definition';
import { goalFormat, type GoalFormat } from './format';
import { indexIssues, issueText, pathKey } from './issues';

/** Everything the goal's views share: the plan, its issues, and the locale's formats. */
export interface GoalView {
  /** The workspace's language: numbers, money and months are written in it. */
  language: Language;
  currency: string;
  f: GoalFormat;
  outcome: FunnelOutcome;
  /** The translated message of the issue at a path, or null. */
  messageAt: (...path: (string | number)[]) => string | null;
  /** The translated message of an issue. */
  message: (issue: FunnelIssue) => string;
  stageName: (stageId: string) => string;
  /** "2027", "Q2 2027" / "2. kvartal 2027". */
  periodLabel: (period: FunnelPeriod) => string;
}

/**
 * The plan worked back from the slice (recomputed only when the slice changes) and the helpers to
 * show it. Messages are in `lng` (the workspace's language for the presenter and the playbook),
 * or in the UI language when it is not given; numbers always in the workspace's locale.
 */
export function useGoalView(workspace: Workspace, slice: SharedGoalSlice, lng?: Language): GoalView {
  const { t } = useTranslation('sharedGoal', lng ? { lng } : undefined);
  const language = workspace.language;
  const currency = workspace.currency;
  const f = useMemo(() => goalFormat(LOCALES[language], currency), [language, currency]);
  const outcome = useMemo(() => computeFunnel(slice), [slice]);
  return useMemo(() => {
    const issues = outcome.ok ? new Map<string, FunnelIssue>() : indexIssues(outcome.issues);
    const stageName = (stageId: string) => slice.stages.find((stage) => stage.id === stageId)?.name || stageId;
    const message = (issue: FunnelIssue) => {
      const text = issueText(issue, { number: (n) => f.number(n), money: f.money, percent: f.percent, stageName });
      return t(`issues.${text.key}`, text.values);
    };
    return {
      language,
      currency,
      f,
      outcome,
      stageName,
      message,
      messageAt: (...path) => {
        const issue = issues.get(pathKey(path));
        return issue ? message(issue) : null;
      },
      periodLabel: (period) =>
        period.kind === 'quarter' ? t('period.quarterLabel', { quarter: period.quarter ?? 1, year: period.year }) : String(period.year),
    };
  }, [outcome, slice.stages, f, t, language, currency]);
}
