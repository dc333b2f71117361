// @vitest-environment jsdom
/**
 * watchNavigation: a same-document navigation (pushState) is seen through the Navigation API where
 * the browser has one, with no timer running on the page; without it (Firefox before 147), by the
 * poll of location.href.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchNavigation } from '../../../src/content/watch';

const win = window as unknown as { navigation?: EventTarget };

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/story/1');
});
afterEach(() => {
  vi.useRealTimers();
  delete win.navigation;
});

describe('watchNavigation', () => {
  it('with the Navigation API: a pushState is reported on currententrychange, and no poll runs', () => {
    win.navigation = new EventTarget();
    const seen: string[] = [];
    const life = new AbortController();
    const interval = vi.spyOn(globalThis, 'setInterval');
    watchNavigation((href) => seen.push(new URL(href).pathname), life.signal);
    expect(interval).not.toHaveBeenCalled();

    history.pushState(null, '', '/story/2');
    vi.advanceTimersByTime(5_000);
    expect(seen).toEqual([]); // nothing polls: only the API's event tells
    win.navigation.dispatchEvent(new Event('currententrychange'));
    vi.advanceTimersByTime(0);
    expect(seen).toEqual(['/story/2']);

    history.pushState(null, '', '/story/2#comments'); // the fragment only: the same document
    win.navigation.dispatchEvent(new Event('currententrychange'));
    vi.advanceTimersByTime(0);
    expect(seen).toEqual(['/story/2']);

    life.abort();
    history.pushState(null, '', '/story/3');
    win.navigation.dispatchEvent(new Event('currententrychange'));
    vi.advanceTimersByTime(0);
    expect(seen).toEqual(['/story/2']);
    interval.mockRestore();
  });

  it('without it: the poll sees a pushState within one period, and stops with the signal', () => {
    const seen: string[] = [];
    const life = new AbortController();
    watchNavigation((href) => seen.push(new URL(href).pathname), life.signal, 750);
    history.pushState(null, '', '/story/2');
    vi.advanceTimersByTime(749);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['/story/2']);
    life.abort();
    history.pushState(null, '', '/story/3');
    vi.advanceTimersByTime(5_000);
    expect(seen).toEqual(['/story/2']);
  });
});
