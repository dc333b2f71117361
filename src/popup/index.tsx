import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ext } from '../shared/browser';
import { sendFromPage } from '../shared/messaging';
import type { PageReport } from '../shared/messages';

async function targetTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function Popup() {
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      setReport(tabId === null ? null : (await sendFromPage('tab/state', { tabId })).report);
    })();
  }, []);
  if (report === undefined) return <p>Loading…</p>;
  if (report === null) return <p data-testid="state">Sourcelight has nothing for this tab.</p>;
  return (
    <section>
      <h1>{report.title ?? report.url}</h1>
      <p data-testid="state">{report.status}</p>
    </section>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
