/**
 * Words the in-page card and panel and the popup show for the analysis's and the dataset's
 * enumerations (quotation kinds, claim relations, entity types), every one from _locales through t().
 */
import type { EntityType } from '../core/types';
import { formatDate, t } from '../shared/i18n';
import type { ClaimMatchView, PriorStatementView, ViewSource } from '../shared/views';

/** A quotation's kind: "direct quote", "partial quote", "reported speech", or a dataset paraphrase. */
export function kindLabel(kind: PriorStatementView['kind']): string {
  if (kind === 'direct') return t('quoteKindDirect');
  if (kind === 'partial') return t('quoteKindPartial');
  if (kind === 'indirect') return t('quoteKindIndirect');
  return t('quoteKindReported');
}

/**
 * Below this confidence a quotation's speaker is shown as uncertain. The values under it in the confidence
 * table (src/core/speakers/assign.ts, CONFIDENCE) are the routes with no verb of saying beside the quote,
 * whose speakers were right about a third to two thirds of the time on PolNeAR; everything above was right
 * at least 84 % of the time.
 */
export const UNCERTAIN_BELOW = 0.75;

export function isUncertain(confidence: number): boolean {
  return confidence < UNCERTAIN_BELOW;
}

export function relationLabel(relation: ClaimMatchView['relation']): string {
  if (relation === 'repeats') return t('relationRepeats');
  if (relation === 'same-remark') return t('relationSameRemark');
  if (relation === 'disputes') return t('relationDisputes');
  return t('relationDisputedBy');
}

export function entityTypeLabel(type: EntityType): string {
  if (type === 'person') return t('entityPerson');
  if (type === 'organization') return t('entityOrganization');
  if (type === 'place') return t('entityPlace');
  return t('entityEvent');
}

/** Where an item comes from: "your reading" (the reading memory) or "dataset". */
export function sourceLabel(source: ViewSource | undefined): string {
  return source === 'reading' ? t('fromReading') : t('fromDataset');
}

/** A match's label: a remark repeated from the reader's earlier reading says who else reported it and when. */
export function matchLabel(m: ClaimMatchView): string {
  return m.source === 'reading' ? t('alsoReportedBy', [m.outlet, formatDate(m.date)]) : relationLabel(m.relation);
}
