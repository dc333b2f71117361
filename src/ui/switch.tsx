/** An on/off switch (popup and options): a native checkbox with role="switch" (keyboard and screen readers for free). */
export function Switch(props: {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  description?: string;
  testId?: string;
  onChange: (checked: boolean) => void;
}) {
  const descId = props.description ? `${props.id}-desc` : undefined;
  return (
    <div class="switch-row">
      <input
        type="checkbox"
        role="switch"
        id={props.id}
        data-testid={props.testId}
        checked={props.checked}
        aria-checked={props.checked ? 'true' : 'false'}
        aria-describedby={descId}
        disabled={props.disabled}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={props.id}>{props.label}</label>
      {props.description ? (
        <span class="muted switch-desc" id={descId}>
          {props.description}
        </span>
      ) : null}
    </div>
  );
}
