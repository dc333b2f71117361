/** A fake of the browser seam's storage and tabs, for Node tests of the background's thin side-effect modules. */
export class FakeArea {
  data: Record<string, unknown> = {};
  failing = false;
  private check(): void {
    if (this.failing) throw new Error('storage area unavailable');
  }
  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    this.check();
    const list = keys === null ? Object.keys(this.data) : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(list.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    this.check();
    Object.assign(this.data, structuredClone(items));
  }
  async remove(keys: string | string[]): Promise<void> {
    this.check();
    for (const k of Array.isArray(keys) ? keys : [keys]) delete this.data[k];
  }
}

export function fakeExt() {
  const sync = new FakeArea();
  const local = new FakeArea();
  const session = new FakeArea();
  const sent: Array<{ tabId: number; message: unknown }> = [];
  const tabs = {
    active: { id: 5, url: 'https://www.example.com/news/1' } as { id?: number; url?: string },
    async query(): Promise<Array<{ id?: number; url?: string }>> {
      return [tabs.active];
    },
    async sendMessage(tabId: number, message: unknown): Promise<unknown> {
      sent.push({ tabId, message });
      return { ok: true, value: { ok: true } };
    },
  };
  const ext = { storage: { sync, local, session, onChanged: { addListener: () => undefined, removeListener: () => undefined } }, tabs };
  return { ext, sync, local, session, tabs, sent };
}
