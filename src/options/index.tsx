import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ext } from '../shared/browser';

function Options() {
  const [paused, setPaused] = useState<boolean | null>(null);
  useEffect(() => {
    void ext.storage.local.get('paused').then((got) => setPaused(got['paused'] === true));
  }, []);
  if (paused === null) return <p>Loading…</p>;
  return (
    <label>
      <input
        type="checkbox"
        checked={paused}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLInputElement).checked;
          setPaused(value);
          void ext.storage.local.set({ paused: value });
        }}
      />{' '}
      Pause Sourcelight everywhere
    </label>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
