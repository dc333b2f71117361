/**
 * The feedback line under an action (import, export, …): what happened, and for an error the
 * details, announced as an alert (errors) or a status (success).
 */

export type Feedback = { kind: 'ok' | 'error'; text: string; details?: string[] } | null;

export function FeedbackLine(props: { value: Feedback; testId: string }) {
  if (!props.value) return null;
  const { kind, text, details } = props.value;
  return (
    <div class={`feedback feedback-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={props.testId} data-kind={kind}>
      <p>{text}</p>
      {details && details.length > 0 ? (
        <ul>
          {details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
