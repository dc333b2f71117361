/**
 * The mark of a quotation whose speaker is uncertain (labels.ts, isUncertain), in the popup and the card: a label
 * with the reason as its tooltip, and the reason said as text, visually hidden, since a keyboard or screen-reader
 * user never hovers. One wording for both: "speaker uncertain: <reason> " (the closing space keeps the card's
 * quotation, which follows it, a word apart when read).
 */
import { t } from '../shared/i18n';

/** `labelClass`: the label's look where it stands (the popup's underlined word, the card's chip). */
export function SpeakerUncertain(props: { labelClass: string }) {
  return (
    <>
      <span class={props.labelClass} data-testid="speaker-uncertain" title={t('speakerUncertainHint')}>
        {t('speakerUncertain')}
      </span>
      <span class="visually-hidden" data-testid="speaker-uncertain-hint">
        : {t('speakerUncertainHint')}{' '}
      </span>
    </>
  );
}
