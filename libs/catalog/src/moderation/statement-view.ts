import { complaintDeadline } from './moderation.types';
import type { I18nService, Locale } from '@app/platform';
import type { ModerationDecision } from './moderation.entity';

export interface StatementOfReasonsView {
  id: string;
  decision: string;
  measure: string;
  territorialScope: string[];
  category: string | null;
  facts: string | null;
  source: string;
  automatedMeans: string;
  ground: string | null;
  legalGround: string | null;
  termsGround: string | null;
  redress: string;
  complaintDeadline: string;
  decidedAt: string;
}

/** A decision as the seller reads it: DSA Art. 17(3) items (a) to (f) in the seller's language. */
export function toStatementView(
  decision: ModerationDecision,
  i18n: I18nService,
  locale: Locale,
): StatementOfReasonsView {
  const t = (key: string, variables: Record<string, string> = {}) =>
    i18n.translate(locale, `catalog:moderation.${key}`, variables);
  const deadline = complaintDeadline(decision.createdAt).toISOString().slice(0, 10);
  return {
    id: decision.id,
    decision: decision.decision,
    measure: t(`measures.${decision.decision}`),
    territorialScope: decision.territorialScope,
    category: decision.category ? t(`categories.${decision.category}`) : null,
    facts: decision.explanation,
    source: t(`sources.${decision.source}`),
    automatedMeans: t(decision.automatedDetection ? 'automated.detection' : 'automated.none'),
    ground: decision.ground ? t(`grounds.${decision.ground}`) : null,
    legalGround: decision.legalGround,
    termsGround: decision.termsGround,
    redress:
      decision.decision === 'approve' ? '' : t('redress', { deadline, decisionId: decision.id }),
    complaintDeadline: deadline,
    decidedAt: decision.createdAt.toISOString(),
  };
}
