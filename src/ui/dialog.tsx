/**
 * The in-page dialogs' shared parts (card and panel): the header with its title and close
 * button, and Escape closing the dialog without reaching the page.
 */
import { t } from '../shared/i18n';

/** The dialog's title (the id its aria-labelledby points to) and its × button, labelled "Close". */
export function DialogHeader(props: { titleId: string; title: string; onClose(): void }) {
  return (
    <header>
      <h2 id={props.titleId}>{props.title}</h2>
      <button type="button" class="close" aria-label={t('close')} onClick={props.onClose}>
        ×
      </button>
    </header>
  );
}

/** Closes on Escape and keeps the key from the page; true when it did. */
export function closeOnEscape(e: KeyboardEvent, onClose: () => void): boolean {
  if (e.key !== 'Escape') return false;
  e.stopPropagation();
  onClose();
  return true;
}
