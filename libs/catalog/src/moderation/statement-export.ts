import type { Product } from '../product.entity';
import type { ModerationDecision } from './moderation.entity';

/**
 * A statement of reasons in the DSA Transparency Database's submission format
 * (`POST /api/v1/statement`, fields per its StatementStoreRequest). It carries no personal data
 * (DSA Art. 24(5)): no names, emails or free-text notifier identity.
 */
export interface TransparencyDatabaseStatement {
  decision_visibility: string[];
  decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT' | 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  illegal_content_legal_ground?: string;
  illegal_content_explanation?: string;
  incompatible_content_ground?: string;
  incompatible_content_explanation?: string;
  content_type: ['CONTENT_TYPE_PRODUCT'];
  category: string;
  territorial_scope: string[];
  content_date: string;
  application_date: string;
  decision_facts: string;
  source_type: 'SOURCE_ARTICLE_16' | 'SOURCE_VOLUNTARY';
  automated_detection: 'Yes' | 'No';
  automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED';
  account_type: 'ACCOUNT_TYPE_BUSINESS';
  puid: string;
  content_id?: { 'EAN-13': string };
}

export function toTransparencyStatement(
  decision: ModerationDecision,
  product: Pick<Product, 'gtin'>,
): TransparencyDatabaseStatement {
  const illegal = decision.ground === 'illegal';
  const explanation = decision.explanation ?? '';
  return {
    // A rejected listing never went live: access was disabled; a removed one was taken down.
    decision_visibility: [
      decision.decision === 'remove'
        ? 'DECISION_VISIBILITY_CONTENT_REMOVED'
        : 'DECISION_VISIBILITY_CONTENT_DISABLED',
    ],
    decision_ground: illegal
      ? 'DECISION_GROUND_ILLEGAL_CONTENT'
      : 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    ...(illegal
      ? {
          illegal_content_legal_ground: decision.legalGround ?? '',
          illegal_content_explanation: explanation,
        }
      : {
          incompatible_content_ground: decision.termsGround ?? '',
          incompatible_content_explanation: explanation,
        }),
    content_type: ['CONTENT_TYPE_PRODUCT'],
    category: decision.category ?? 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
    territorial_scope: decision.territorialScope,
    content_date: decision.contentDate,
    application_date: decision.createdAt.toISOString().slice(0, 10),
    decision_facts: explanation,
    source_type: decision.source === 'notice' ? 'SOURCE_ARTICLE_16' : 'SOURCE_VOLUNTARY',
    automated_detection: decision.automatedDetection ? 'Yes' : 'No',
    automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    account_type: 'ACCOUNT_TYPE_BUSINESS',
    puid: decision.id,
    ...(product.gtin?.length === 13 ? { content_id: { 'EAN-13': product.gtin } } : {}),
  };
}
