/** settled(), retry() and the signal helpers: each waits as it says, and an abort ends the wait. */
import { describe, expect, it } from 'vitest';
import { Cancelled, child, debounce, debounceDelay, retry, settled, Slicer, timeout } from '../../../src/content/schedule';

/** A document still loading: `load` fires on its window when fire() is called. */
function loadingDoc(): { doc: Document; fire(): void } {
  const win = new EventTarget();
  const doc = { readyState: 'loading', defaultView: win } as unknown as Document;
  return { doc, fire: () => win.dispatchEvent(new Event('load')) };
}

const after = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('settled', () => {
  it('waits for the load event', async () => {
    const { doc, fire } = loadingDoc();
    let done = false;
    const p = settled(new AbortController().signal, doc, 60_000).then(() => (done = true));
    await after(30);
    expect(done).toBe(false);
    fire();
    await p;
    expect(done).toBe(true);
  });

  it('stops waiting at the cap when load never comes', async () => {
    const { doc } = loadingDoc();
    const t0 = Date.now();
    await settled(new AbortController().signal, doc, 50);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
  });

  it('rejects with Cancelled when aborted, before or while waiting', async () => {
    const early = new AbortController();
    early.abort();
    await expect(settled(early.signal, loadingDoc().doc, 60_000)).rejects.toBeInstanceOf(Cancelled);
    const late = new AbortController();
    const p = settled(late.signal, loadingDoc().doc, 60_000);
    late.abort();
    await expect(p).rejects.toBeInstanceOf(Cancelled);
  });

  it('does not wait on a loaded document', async () => {
    const doc = { readyState: 'complete', defaultView: null } as unknown as Document;
    let done = false;
    const p = settled(new AbortController().signal, doc, 60_000).then(() => (done = true));
    await after(30);
    expect(done).toBe(true);
    await p;
  });
});

describe('retry', () => {
  it('calls again after each delay while the call rejects, and returns the first success', async () => {
    let calls = 0;
    const got = await retry(() => (++calls < 3 ? Promise.reject(new Error(`no receiver ${calls}`)) : Promise.resolve('ok')), [1, 1]);
    expect([got, calls]).toEqual(['ok', 3]);
  });

  it('throws the last rejection once the delays are used up', async () => {
    let calls = 0;
    await expect(retry(() => Promise.reject(new Error(`no receiver ${++calls}`)), [1])).rejects.toThrow('no receiver 2');
    expect(calls).toBe(2);
  });

  it('throws at once a rejection that `retryable` does not admit', async () => {
    const seen: string[] = [];
    const p = retry(
      () => {
        seen.push(seen.length < 2 ? 'gone' : 'refused');
        return Promise.reject(new Error(seen.at(-1)));
      },
      [1, 1, 1, 1],
      undefined,
      (e) => (e as Error).message === 'gone',
    );
    await expect(p).rejects.toThrow('refused');
    expect(seen).toEqual(['gone', 'gone', 'refused']);
  });

  it('stops waiting when aborted', async () => {
    const ac = new AbortController();
    const p = retry(() => Promise.reject(new Error('down')), [60_000], ac.signal);
    await after(10);
    ac.abort();
    await expect(Promise.race([p, after(2_000).then(() => 'still waiting')])).rejects.toBeInstanceOf(Cancelled);
  });
});

describe('on a signal', () => {
  it('debounce calls once after the last call, and never after an abort', async () => {
    const ac = new AbortController();
    let calls = 0;
    const call = debounce(() => calls++, 20, ac.signal);
    call();
    call();
    await after(60);
    expect(calls).toBe(1);
    call();
    ac.abort();
    call();
    await after(60);
    expect(calls).toBe(1);
  });

  it.each<[string, number, number, number]>([
    // [case, first pending call at, now, expected delay]   (wait 800, maxWait 3000)
    ['a single call waits the debounce', 0, 0, 800],
    ['a call 1 s into a burst still waits the debounce', 0, 1_000, 800],
    ['2.5 s into a burst: only what is left of the maximum', 0, 2_500, 500],
    ['at the maximum: at once', 0, 3_000, 0],
    ['past the maximum (a late timer): at once, never negative', 0, 4_200, 0],
    ['a new burst starts its own maximum', 10_000, 10_100, 800],
  ])('debounceDelay: %s', (_, first, now, delay) => {
    expect(debounceDelay(first, now, 800, 3_000)).toBe(delay);
  });

  it('a page that changes every 10 ms still gets a run within the maximum wait', async () => {
    const ac = new AbortController();
    let calls = 0;
    const call = debounce(() => calls++, 50, ac.signal, 150);
    const end = Date.now() + 400;
    while (Date.now() < end) {
      call();
      await after(10);
    }
    ac.abort();
    expect(calls).toBeGreaterThanOrEqual(2); // a plain debounce: 0 until the calls stop
  });

  it('timeout resolves after its delay and rejects with Cancelled on abort', async () => {
    await expect(timeout(5, new AbortController().signal)).resolves.toBeUndefined();
    const ac = new AbortController();
    const p = timeout(60_000, ac.signal);
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(Cancelled);
  });

  it('a child aborts with its parent, and on its own without touching the parent', () => {
    const parent = new AbortController();
    const [a, b] = [child(parent.signal), child(parent.signal)];
    a.abort();
    expect([parent.signal.aborted, a.signal.aborted, b.signal.aborted]).toEqual([false, true, false]);
    parent.abort();
    expect(b.signal.aborted).toBe(true);
    expect(child(parent.signal).signal.aborted).toBe(true);
  });
});

describe('Slicer', () => {
  /** 30 steps of 2 ms each on a clock of its own; the idle time the page gives has `idleLeft` ms left. */
  async function run(budget: number, idleLeft: number): Promise<number[]> {
    let t = 0;
    const perSlice: number[] = [];
    const slicer = new Slicer(
      new AbortController().signal,
      budget,
      async () => {
        perSlice.push(0);
        return { timeRemaining: () => idleLeft };
      },
      () => t,
    );
    for (let i = 0; i < 30; i++) {
      await slicer.step();
      perSlice[perSlice.length - 1]!++;
      t += 2;
    }
    return perSlice;
  }

  it('yields to the page once a slice has run its budget, and not between every step', async () => {
    // a slice runs steps of 2 ms until its 6 ms are used: 3 steps, then it waits for the page
    expect(await run(6, 50)).toEqual(Array(10).fill(3));
    expect(await run(7, 50)).toEqual(Array(7).fill(4).concat([2]));
  });

  it('yields at every step when the page has less than 2 ms of idle time left', async () => {
    expect(await run(6, 1)).toEqual(Array(30).fill(1));
  });

  it('throws Cancelled once its signal is aborted', async () => {
    const c = new AbortController();
    const slicer = new Slicer(c.signal);
    c.abort();
    await expect(slicer.step()).rejects.toBeInstanceOf(Cancelled);
  });
});
