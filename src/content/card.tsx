/**
 * The card: who a name is, what they say in this article, what they said before (dataset), related
 * coverage, and claims that repeat or dispute theirs. Everything is rendered as text by Preact
 * (no HTML sink); links are kept only when they are http(s) (safeUrl).
 */
import { useEffect, useRef } from 'preact/hooks';
import { formatDate, t, uiLanguage } from '../shared/i18n';
import { type CardData, safeUrl } from '../shared/views';
import type { CardSubject } from './model';
import { closeOnEscape, DialogHeader } from '../ui/dialog';
import { entityTypeLabel, isUncertain, kindLabel, matchLabel, sourceLabel } from '../ui/labels';
import { SpeakerUncertain } from '../ui/uncertain';

/**
 * The background's details: still coming, arrived, not available (the card says so), or not come in
 * time (the card says so and offers to ask again).
 */
export type CardDetails = { state: 'loading' } | { state: 'ready'; data: CardData } | { state: 'unavailable' } | { state: 'late' };

export interface CardProps {
  subject: CardSubject;
  /** one line from the names index, shown until the background's details arrive */
  description: string | null;
  details: CardDetails;
  position: { top: number; left: number };
  onClose(): void;
  /** asks the background for the details again (offered when they did not come in time) */
  onRetry?(): void;
}

function Source(props: { outlet: string; date: string | null; url: string | null }) {
  const href = safeUrl(props.url);
  return (
    <span class="src">
      {props.outlet}
      {props.date ? ` · ${formatDate(props.date)}` : ''}
      {href ? (
        <>
          {' · '}
          <a href={href} target="_blank" rel="noopener noreferrer" title={t('opensInNewTab')}>
            {t('cardSourceLink')}
          </a>
        </>
      ) : null}
    </span>
  );
}

const clip = (s: string, n = 400) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function Card({ subject, description, details, position, onClose, onRetry }: CardProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [subject.entityId, subject.name]);
  const data = details.state === 'ready' ? details.data : null;
  const entity = data?.entity ?? null;
  const roles = entity?.roles ?? [];
  const desc = entity?.description || description;
  return (
    <div
      ref={ref}
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="sl-card-title"
      lang={uiLanguage()}
      tabIndex={-1}
      data-entity={subject.entityId ?? ''}
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
      onKeyDown={(e) => {
        closeOnEscape(e, onClose);
      }}
    >
      <DialogHeader titleId="sl-card-title" title={entity?.name ?? subject.name} onClose={onClose} />
      <p class="role">{roles.length > 0 ? roles.join('; ') : subject.type ? entityTypeLabel(subject.type) : t('cardSpeakerUnknown')}</p>
      {desc ? <p class="desc">{desc}</p> : null}

      <section aria-labelledby="sl-card-here">
        <h3 id="sl-card-here">{t('inThisArticle')}</h3>
        {subject.quotes.length === 0 ? (
          <p class="note">{t('cardMentionedNotQuoted')}</p>
        ) : (
          <ul class="here">
            {subject.quotes.map((q) => (
              <li key={q.index} class={isUncertain(q.confidence) ? 'uncertain' : undefined}>
                <span class="kind">{kindLabel(q.kind)}</span>
                {isUncertain(q.confidence) ? <SpeakerUncertain labelClass="kind" /> : null}“{clip(q.text)}”
              </li>
            ))}
          </ul>
        )}
      </section>

      {details.state === 'loading' ? <p class="note">{t('cardLoading')}</p> : null}
      {details.state === 'unavailable' ? <p class="note">{t('cardUnavailable')}</p> : null}
      {details.state === 'late' ? (
        <p class="note late" role="status">
          {t('cardLate')}{' '}
          {onRetry ? (
            <button
              type="button"
              class="retry"
              onClick={() => {
                // the button goes with the message: the focus stays in the card, not on the page's body
                ref.current?.focus({ preventScroll: true });
                onRetry();
              }}
            >
              {t('cardRetry')}
            </button>
          ) : null}
        </p>
      ) : null}

      {data ? (
        <>
          <section aria-labelledby="sl-card-prior">
            <h3 id="sl-card-prior">{t('priorStatementsHeading')}</h3>
            {data.priorStatements.length === 0 ? (
              <p class="note">{t('cardNoPriorAnywhere')}</p>
            ) : (
              <ul class="prior">
                {data.priorStatements.map((s, i) => (
                  <li key={i} data-source={s.source ?? 'dataset'}>
                    <span class="kind">{kindLabel(s.kind)}</span>
                    <span class="from">{sourceLabel(s.source)}</span>“{clip(s.text)}”
                    {s.headline ? <em class="headline"> {s.headline}</em> : null} <Source outlet={s.outlet} date={s.date} url={s.url} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {data.relatedCoverage.length > 0 ? (
            <section aria-labelledby="sl-card-coverage">
              <h3 id="sl-card-coverage">{t('coverageHeading')}</h3>
              <ul class="coverage">
                {data.relatedCoverage.map((c, i) => (
                  <li key={i} data-source={c.source ?? 'dataset'}>
                    <span class="from">{sourceLabel(c.source)}</span>
                    {c.headline ? <strong>{c.headline}</strong> : null}
                    {c.headline ? ' ' : ''}
                    <Source outlet={c.outlet} date={c.date} url={c.url} />
                    {c.covers ? <p>{clip(c.covers, 240)}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {data.matches.length > 0 ? (
            <section aria-labelledby="sl-card-claims">
              <h3 id="sl-card-claims">{t('cardClaimsHeading')}</h3>
              <ul class="claims">
                {data.matches.map((m, i) => (
                  <li key={i} data-source={m.source ?? 'dataset'}>
                    <span class="kind">{matchLabel(m)}</span>
                    {m.speaker}: “{clip(m.claimText)}” <Source outlet={m.outlet} date={m.date} url={m.url} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
