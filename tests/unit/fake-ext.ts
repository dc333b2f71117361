/** A fake of the browser seam's storage and tabs, for Node tests of the background's thin side-effect modules. */
export class FakeArea {
  data: Record<string, unknown> = {};
  failing = false;
  /** like storage.sync's QUOTA_BYTES_PER_ITEM: a larger item (key + JSON) is refused */
  itemQuota = Infinity;
  /** like QUOTA_BYTES: a set that would take the area past this is refused, nothing stored */
  quota = Infinity;
  /** storage.onChanged listeners (fakeExt wires them): called after each set or remove */
  changed: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => void = () => undefined;
  constructor(readonly name: string = 'local') {}
  private check(): void {
    if (this.failing) throw new Error('storage area unavailable');
  }
  /**
   * The JSON bytes of each value the area stores (a clone of its own, which no caller holds), so
   * that a quota check counts only what is being written afresh: a store of a few megabytes, written
   * twenty times, is otherwise serialised twenty times over.
   */
  private readonly sized = new WeakMap<object, number>();
  /** bytes of one item, counted as the browsers do (key + JSON of the value); `stored`: a value of this.data */
  private itemBytes(k: string, v: unknown, stored: boolean): number {
    const key = new TextEncoder().encode(k).length;
    if (!stored || v === null || typeof v !== 'object') return key + new TextEncoder().encode(JSON.stringify(v)).length;
    let n = this.sized.get(v);
    if (n === undefined) {
      n = new TextEncoder().encode(JSON.stringify(v)).length;
      this.sized.set(v, n);
    }
    return key + n;
  }
  /** bytes the area holds, counted as the browsers do (key + JSON of the value) */
  bytes(data: Record<string, unknown> = this.data): number {
    return Object.entries(data).reduce((n, [k, v]) => n + this.itemBytes(k, v, data === this.data), 0);
  }
  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    this.check();
    const list = keys === null ? Object.keys(this.data) : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(list.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    this.check();
    const written = Object.entries(items).map(([k, v]) => this.itemBytes(k, v, false));
    if (written.some((n) => n > this.itemQuota)) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    if (this.quota !== Infinity) {
      const kept = Object.entries(this.data).filter(([k]) => !(k in items));
      const total = kept.reduce((n, [k, v]) => n + this.itemBytes(k, v, true), 0) + written.reduce((a, b) => a + b, 0);
      if (total > this.quota) throw new Error('QUOTA_BYTES quota exceeded');
    }
    const changes = Object.fromEntries(
      Object.entries(items).map(([k, v]) => [k, { oldValue: this.data[k], newValue: structuredClone(v) }]),
    );
    Object.assign(this.data, structuredClone(items));
    this.changed(changes);
  }
  async remove(keys: string | string[]): Promise<void> {
    this.check();
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      if (k in this.data) changes[k] = { oldValue: this.data[k] };
      delete this.data[k];
    }
    if (Object.keys(changes).length > 0) this.changed(changes);
  }
}

export function fakeExt() {
  const sync = new FakeArea('sync');
  const local = new FakeArea('local');
  const session = new FakeArea('session');
  type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
  const listeners = new Set<Listener>();
  for (const area of [sync, local, session]) area.changed = (changes) => listeners.forEach((l) => l(changes, area.name));
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
  const ext = {
    storage: {
      sync,
      local,
      session,
      onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    },
    tabs,
  };
  return { ext, sync, local, session, tabs, sent };
}
